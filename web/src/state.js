// state.js — the explorer's state (filters, open document, network level)
// kept in the URL so that a view can be shared, and the JSON API client.
export const FILTERS = ['actor', 'source', 'target', 'type', 'cameo', 'from', 'to',
  'place', 'topic', 'text'];

export const state = {
  filters: {}, docId: null, persons: false, allDates: false, seq: 0,
};

let goFn = null;
export function onGo(fn) { goFn = fn; }
// Reloads every part for the current state; push adds a history entry.
export function go(push) { goFn(push); }

export function readUrl() {
  const p = new URLSearchParams(location.search);
  state.filters = {};
  for (const k of FILTERS) { const v = p.get(k); if (v) state.filters[k] = v; }
  state.docId = p.get('document');
  state.persons = p.get('network') === 'persons';
}

export function writeUrl(push) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
  if (state.persons) p.set('network', 'persons');
  if (state.docId) p.set('document', state.docId);
  const q = p.toString();
  const url = q ? '?' + q : location.pathname;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

export function apiQuery(extra) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p.toString();
}

export async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (e) { /* not JSON */ }
  if (!r.ok) {
    const err = new Error((body && body.error) || ('HTTP ' + r.status));
    err.param = body && body.parameter;
    throw err;
  }
  return body;
}
