// main.js — the web explorer of `parley serve` (web/src/, bundled into
// app.js by web/build.mjs and embedded in the binary): wires the filter
// bar, the events table, the timeline, the map, the network and the
// document view to the state in the URL, and reloads them all when it
// changes.
import { $, el, fmt, flag } from './util.js';
import { state, onGo, readUrl, writeUrl, api, apiQuery } from './state.js';
import { fillForm, setupFilters } from './filters.js';
import { loadEvents, setupEvents, setOpenDoc, updateDownloads } from './events.js';
import { loadTimeline, setupTimeline } from './timeline.js';
import { loadMap, setupMap } from './map.js';
import { loadGraph, setupGraph } from './network.js';
import { openDoc, setupDoc } from './docview.js';

// The summary line and the top pairs (countries and organisations).
async function loadStats() {
  const seq = state.seq;
  const st = await api('/api/stats?' + apiQuery({ pairs: 10, level: 'country' }));
  if (seq !== state.seq) return;
  $('summary').textContent = `${fmt(st.events)} events in ${fmt(st.documents)} documents`;
  const ol = $('pairs');
  ol.replaceChildren();
  const side = (k) => el('span', { class: 'pair-actor' }, flag(k) ? el('span', { class: 'flag' }, flag(k)) : null, k);
  for (const p of st.top_pairs)
    ol.append(el('li', {}, el('span', { class: 'n' }, fmt(p.events)), side(p.source), el('span', { class: 'arrow' }, ' → '), side(p.target)));
  if (!st.top_pairs.length) ol.append(el('li', { class: 'muted' }, 'none'));
}

function loadAll() {
  state.seq++;
  fillForm();
  updateDownloads();
  loadEvents(false);
  // A failure of a side part leaves it empty; the table shows the error.
  const quiet = (p, id) => p.catch(() => { if (id) $(id).replaceChildren(); });
  quiet(loadStats(), 'pairs');
  quiet(loadTimeline(), 'timeline');
  quiet(loadMap(), 'map');
  quiet(loadGraph(), 'graph');
}

function go(push) {
  writeUrl(push);
  loadAll();
}

function init() {
  onGo(go);
  setOpenDoc(openDoc);
  readUrl();
  setupFilters();
  setupEvents();
  setupTimeline();
  setupMap();
  setupGraph();
  setupDoc();
  window.addEventListener('popstate', () => {
    readUrl();
    loadAll();
    if (state.docId) openDoc(state.docId); else { $('docview').hidden = true; document.body.classList.remove('doc-open'); }
  });
  go(false);
  if (state.docId) openDoc(state.docId);
}

document.addEventListener('DOMContentLoaded', init);
