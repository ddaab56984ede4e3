// events.js — the events table (cards on narrow screens): date, source →
// type → target with flags, roles and CAMEO codes, place, the evidence
// sentence with its mentions and trigger marked, a link to the document;
// paged through /api/events with its cursor; the download links of the
// filtered view (/api/export).
import { $, el, flag, COLORS } from './util.js';
import { state, go, api, apiQuery } from './state.js';

// Words that usually trigger each type: used only to highlight the
// trigger in the evidence sentence (the store keeps no trigger span).
const TRIGGERS = {
  CONSULT: /\b(met|meets?|meeting|talks|discuss(ed|ion|ions)?|visit(ed|s)?|received|phoned|(telephone|phone) (call|conversation)|consultations?|conferred)\b/i,
  SUPPORT: /\b(praised|thanked|welcomed|gratitude|signed|support(ed|s)?|appreciat\w*|commended|congratulated|endorsed|hailed)\b/i,
  AGREE: /\b(agreed|agreements?|reaffirmed|pledged|committed|promised|accepted)\b/i,
  COOPERATE: /\b(cooperat\w*|collaborat\w*|partnership|coordinat\w*)\b/i,
  AID: /\b(aid|assistance|donated|provided|humanitarian)\b/i,
  REQUEST: /\b(called (on|for|upon)|urged|invited|demanded|requested|asked|appealed)\b/i,
  ACCUSE: /\b(accused|critici[sz]ed|condemned|summoned|protest(ed)?|blamed|denounced)\b/i,
  REJECT: /\b(rejected|refused|denied|dismissed|declined)\b/i,
  THREATEN: /\b(warned|threatened|threat)\b/i,
  SANCTION: /\b(expelled|persona non grata|recalled|sanctions?|imposed|suspended|banned)\b/i,
  PROTEST: /\b(protest(ed|s)?|demonstrat\w*|rall(y|ied))\b/i,
  MOBILIZE: /\b(mobili[sz]\w*|deployed|troops)\b/i,
  COERCE: /\b(seized|detained|arrested|blockade\w*)\b/i,
  ASSAULT: /\b(attack(ed|s)?|struck|bomb\w*|shell(ed|ing))\b/i,
  CONCEDE: /\b(conceded|released|eased|lifted)\b/i,
  RETREAT: /\b(withdr[ae]w\w*|retreat\w*|pulled out)\b/i,
};

let openDoc = null;
export function setOpenDoc(fn) { openDoc = fn; }

export function typeBadge(t) {
  const b = el('span', { class: 'type', title: t || 'no PLOVER type' }, t || '—');
  b.style.background = COLORS[t] || '#777';
  return b;
}

export function label(a) { return a ? (a.name || a.org || a.country || a.code || a.text || '?') : '—'; }

function actorCell(a) {
  if (!a) return el('span', { class: 'muted' }, '—');
  const text = label(a);
  const key = a.name || a.org || a.country || a.code;
  const sub = [a.role, a.name ? (a.country || a.org) : a.code].filter(Boolean).join(' · ');
  const link = el('a', { href: '?' + new URLSearchParams({ actor: key }),
    title: 'Show events of ' + text, onclick: (e) => {
      e.preventDefault(); state.filters = { actor: key }; go(true); } }, text);
  return el('span', { class: 'actor' }, el('span', { class: 'flag', title: a.country || '' }, flag(a.country)),
    link, sub ? el('span', { class: 'sub' }, ' ' + sub) : null);
}

// The evidence sentence with the source and target mentions and the
// trigger word marked, where they can be found in it.
function evidence(ev) {
  const text = ev.text || '';
  const marks = [];
  const find = (s, cls) => {
    if (!s) return;
    const i = text.indexOf(s);
    if (i >= 0 && !marks.some((m) => i < m.e && i + s.length > m.s))
      marks.push({ s: i, e: i + s.length, cls });
  };
  find(ev.source && ev.source.text, 'm-src');
  find(ev.target && ev.target.text, 'm-tgt');
  const re = TRIGGERS[ev.type];
  if (re) {
    const g = new RegExp(re.source, 'gi');
    let m;
    while ((m = g.exec(text))) {
      const s = m.index, e = s + m[0].length;
      if (!marks.some((k) => s < k.e && e > k.s)) { marks.push({ s, e, cls: 'm-trig' }); break; }
    }
  }
  marks.sort((a, b) => a.s - b.s);
  const out = el('div', { class: 'evidence' });
  let at = 0;
  for (const m of marks) {
    out.append(text.slice(at, m.s), el('mark', { class: m.cls }, text.slice(m.s, m.e)));
    at = m.e;
  }
  out.append(text.slice(at));
  return out;
}

function row(ev) {
  const who = el('td', { class: 'who' }, el('div', {}, actorCell(ev.source)),
    el('div', { class: 'verb' }, el('span', { class: 'arrow' }, '↳ '), typeBadge(ev.type),
      ev.mode ? el('span', { class: 'mode' }, ev.mode) : null,
      ev.cameo ? el('span', { class: 'mode', title: 'CAMEO code' }, ev.cameo) : null,
      ev.negated ? el('span', { class: 'neg', title: 'negated: did not happen' }, 'NOT') : null,
      el('span', { class: 'arrow' }, ' → '), actorCell(ev.target)));
  const place = ev.place && ev.place.name
    ? el('td', { class: 'place' }, el('span', { class: 'flag' }, flag(ev.place.country)), ev.place.name)
    : el('td', { class: 'place muted' }, '—');
  const doc = el('a', { class: 'doclink', href: '?' + new URLSearchParams({ document: ev.doc }),
    onclick: (e) => { e.preventDefault(); openDoc(ev.doc, true, ev.id); } },
  '▤ ' + (ev.doc_title || ev.doc));
  return el('tr', { 'data-id': ev.id }, el('td', { class: 'date' }, ev.date || 'undated'),
    who, place, el('td', { class: 'ev' }, evidence(ev), doc));
}

let next = null;

export async function loadEvents(append) {
  const seq = state.seq;
  $('more').disabled = true;
  const extra = { limit: 50 };
  if (append && next) extra.cursor = next;
  try {
    const d = await api('/api/events?' + apiQuery(extra));
    if (seq !== state.seq) return;
    const tb = $('rows');
    if (!append) tb.replaceChildren();
    for (const ev of d.events) tb.append(row(ev));
    if (!append && d.events.length === 0)
      tb.append(el('tr', {}, el('td', { colspan: 4, class: 'empty' }, 'No events match these filters.')));
    next = d.next;
    $('more').hidden = !d.next;
    $('error').hidden = true;
    searched(d.text_query);
  } catch (e) {
    if (seq !== state.seq) return;
    showError(e);
  } finally {
    $('more').disabled = false;
  }
}

// What the text filter searched for, as the server expanded it: the
// search hint lists the forms of a one-word search.
function searched(q) {
  const box = $('search-forms');
  if (!box) return;
  const m = q && /^\(([a-z]+(?: OR [a-z]+)*)\)$/.exec(q);
  box.textContent = m ? ` Searched for: ${m[1].split(' OR ').join(', ')}.` : '';
}

function showError(e) {
  const box = $('error');
  box.textContent = 'Cannot show events: ' + e.message;
  box.hidden = false;
  $('rows').replaceChildren();
  $('more').hidden = true;
}

// The download links carry the current filters.
export function updateDownloads() {
  for (const f of ['csv', 'json'])
    $('dl-' + f).href = '/api/export?' + apiQuery({ format: f });
}

export function setupEvents() {
  $('more').addEventListener('click', () => loadEvents(true));
}
