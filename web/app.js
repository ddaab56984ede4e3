// app.js — the web explorer of `parley serve` (web/, embedded in the
// binary): reads the filters from the page's query string, calls the JSON
// API (/api/events, /api/stats, /api/graph, /api/actors,
// /api/documents/ID) and draws the events table, a weekly timeline and an
// actor network as plain SVG. No libraries; works offline.
'use strict';

const FILTERS = ['actor', 'source', 'target', 'type', 'cameo', 'from', 'to',
  'place', 'topic', 'text'];
const TYPES = ['CONSULT', 'SUPPORT', 'AGREE', 'COOPERATE', 'AID', 'CONCEDE',
  'RETREAT', 'REQUEST', 'REJECT', 'ACCUSE', 'PROTEST', 'THREATEN',
  'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
// Cooperative types in blues and greens, conflictual ones in oranges and
// reds, as QuadClass reads.
const COLORS = {
  CONSULT: '#2d6cb5', SUPPORT: '#2a9d8f', AGREE: '#4caf50',
  COOPERATE: '#7cb342', AID: '#00897b', CONCEDE: '#8e7cc3',
  RETREAT: '#9e9e9e', REQUEST: '#5c6bc0', REJECT: '#f4a261',
  ACCUSE: '#e76f51', PROTEST: '#ef8a17', THREATEN: '#d62828',
  SANCTION: '#9d0208', MOBILIZE: '#6d597a', COERCE: '#b5179e',
  ASSAULT: '#370617'};
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
// ISO 3166-1 alpha-3 to alpha-2 (Debian iso-codes, plus Kosovo), for flags.
const ISO2 = {
  ABW:"AW",AFG:"AF",AGO:"AO",AIA:"AI",ALA:"AX",ALB:"AL",AND:"AD",ARE:"AE",
  ARG:"AR",ARM:"AM",ASM:"AS",ATA:"AQ",ATF:"TF",ATG:"AG",AUS:"AU",AUT:"AT",
  AZE:"AZ",BDI:"BI",BEL:"BE",BEN:"BJ",BES:"BQ",BFA:"BF",BGD:"BD",BGR:"BG",
  BHR:"BH",BHS:"BS",BIH:"BA",BLM:"BL",BLR:"BY",BLZ:"BZ",BMU:"BM",BOL:"BO",
  BRA:"BR",BRB:"BB",BRN:"BN",BTN:"BT",BVT:"BV",BWA:"BW",CAF:"CF",CAN:"CA",
  CCK:"CC",CHE:"CH",CHL:"CL",CHN:"CN",CIV:"CI",CMR:"CM",COD:"CD",COG:"CG",
  COK:"CK",COL:"CO",COM:"KM",CPV:"CV",CRI:"CR",CUB:"CU",CUW:"CW",CXR:"CX",
  CYM:"KY",CYP:"CY",CZE:"CZ",DEU:"DE",DJI:"DJ",DMA:"DM",DNK:"DK",DOM:"DO",
  DZA:"DZ",ECU:"EC",EGY:"EG",ERI:"ER",ESH:"EH",ESP:"ES",EST:"EE",ETH:"ET",
  FIN:"FI",FJI:"FJ",FLK:"FK",FRA:"FR",FRO:"FO",FSM:"FM",GAB:"GA",GBR:"GB",
  GEO:"GE",GGY:"GG",GHA:"GH",GIB:"GI",GIN:"GN",GLP:"GP",GMB:"GM",GNB:"GW",
  GNQ:"GQ",GRC:"GR",GRD:"GD",GRL:"GL",GTM:"GT",GUF:"GF",GUM:"GU",GUY:"GY",
  HKG:"HK",HMD:"HM",HND:"HN",HRV:"HR",HTI:"HT",HUN:"HU",IDN:"ID",IMN:"IM",
  IND:"IN",IOT:"IO",IRL:"IE",IRN:"IR",IRQ:"IQ",ISL:"IS",ISR:"IL",ITA:"IT",
  JAM:"JM",JEY:"JE",JOR:"JO",JPN:"JP",KAZ:"KZ",KEN:"KE",KGZ:"KG",KHM:"KH",
  KIR:"KI",KNA:"KN",KOR:"KR",KWT:"KW",LAO:"LA",LBN:"LB",LBR:"LR",LBY:"LY",
  LCA:"LC",LIE:"LI",LKA:"LK",LSO:"LS",LTU:"LT",LUX:"LU",LVA:"LV",MAC:"MO",
  MAF:"MF",MAR:"MA",MCO:"MC",MDA:"MD",MDG:"MG",MDV:"MV",MEX:"MX",MHL:"MH",
  MKD:"MK",MLI:"ML",MLT:"MT",MMR:"MM",MNE:"ME",MNG:"MN",MNP:"MP",MOZ:"MZ",
  MRT:"MR",MSR:"MS",MTQ:"MQ",MUS:"MU",MWI:"MW",MYS:"MY",MYT:"YT",NAM:"NA",
  NCL:"NC",NER:"NE",NFK:"NF",NGA:"NG",NIC:"NI",NIU:"NU",NLD:"NL",NOR:"NO",
  NPL:"NP",NRU:"NR",NZL:"NZ",OMN:"OM",PAK:"PK",PAN:"PA",PCN:"PN",PER:"PE",
  PHL:"PH",PLW:"PW",PNG:"PG",POL:"PL",PRI:"PR",PRK:"KP",PRT:"PT",PRY:"PY",
  PSE:"PS",PYF:"PF",QAT:"QA",REU:"RE",ROU:"RO",RUS:"RU",RWA:"RW",SAU:"SA",
  SDN:"SD",SEN:"SN",SGP:"SG",SGS:"GS",SHN:"SH",SJM:"SJ",SLB:"SB",SLE:"SL",
  SLV:"SV",SMR:"SM",SOM:"SO",SPM:"PM",SRB:"RS",SSD:"SS",STP:"ST",SUR:"SR",
  SVK:"SK",SVN:"SI",SWE:"SE",SWZ:"SZ",SXM:"SX",SYC:"SC",SYR:"SY",TCA:"TC",
  TCD:"TD",TGO:"TG",THA:"TH",TJK:"TJ",TKL:"TK",TKM:"TM",TLS:"TL",TON:"TO",
  TTO:"TT",TUN:"TN",TUR:"TR",TUV:"TV",TWN:"TW",TZA:"TZ",UGA:"UG",UKR:"UA",
  UMI:"UM",URY:"UY",USA:"US",UZB:"UZ",VAT:"VA",VCT:"VC",VEN:"VE",VGB:"VG",
  VIR:"VI",VNM:"VN",VUT:"VU",WLF:"WF",WSM:"WS",XKX:"XK",YEM:"YE",ZAF:"ZA",
  ZMB:"ZM",ZWE:"ZW"};

const $ = (id) => document.getElementById(id);
const state = { filters: {}, next: null, loading: false, docId: null,
  acItems: [], acSel: -1, acTimer: 0, seq: 0 };

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined)
    e.append(k instanceof Node ? k : String(k));
  return e;
}
const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...kids) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {}))
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  for (const k of kids) if (k) e.append(k);
  return e;
}

function flag(iso3) {
  const a2 = iso3 && ISO2[iso3];
  if (!a2) return '';
  return String.fromCodePoint(...[...a2].map((c) => 0x1F1E6 + c.charCodeAt(0) - 65));
}

// ---- URL state --------------------------------------------------------

function readUrl() {
  const p = new URLSearchParams(location.search);
  state.filters = {};
  for (const k of FILTERS) { const v = p.get(k); if (v) state.filters[k] = v; }
  state.docId = p.get('document');
}
function writeUrl(push) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
  if (state.docId) p.set('document', state.docId);
  const q = p.toString();
  const url = q ? '?' + q : location.pathname;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}
function apiQuery(extra) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p.toString();
}

async function api(path) {
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

// ---- filter bar -------------------------------------------------------

function fillForm() {
  const f = state.filters;
  $('f-actor').value = f.actor || '';
  $('f-type').value = (f.type || '').toUpperCase();
  // <input type=date> takes full dates only; YYYY and YYYY-MM stay in chips.
  $('f-from').value = /^\d{4}-\d\d-\d\d$/.test(f.from || '') ? f.from : '';
  $('f-to').value = /^\d{4}-\d\d-\d\d$/.test(f.to || '') ? f.to : '';
  $('f-place').value = f.place || '';
  $('f-text').value = f.text || '';
  const chips = $('chips');
  chips.replaceChildren();
  for (const k of FILTERS) {
    if (!f[k]) continue;
    chips.append(el('span', { class: 'chip', 'data-filter': k }, k + ': ' + f[k],
      el('button', { title: 'Remove this filter', 'aria-label': 'remove ' + k,
        onclick: () => { delete state.filters[k]; go(true); } }, '×')));
  }
}
function readForm() {
  const f = Object.assign({}, state.filters);
  const set = (k, v) => { v = v.trim(); if (v) f[k] = v; else delete f[k]; };
  set('actor', $('f-actor').value);
  set('type', $('f-type').value);
  if ($('f-from').value || !/^\d{4}(-\d\d)?$/.test(f.from || '')) set('from', $('f-from').value);
  if ($('f-to').value || !/^\d{4}(-\d\d)?$/.test(f.to || '')) set('to', $('f-to').value);
  set('place', $('f-place').value);
  set('text', $('f-text').value);
  state.filters = f;
}

function setupAutocomplete() {
  const input = $('f-actor'), list = $('ac-list');
  const close = () => { list.hidden = true; state.acSel = -1; };
  const pick = (a) => { input.value = a.key; close(); readForm(); go(true); };
  const render = () => {
    list.replaceChildren();
    state.acItems.forEach((a, i) => {
      const sub = [a.role, a.country || a.org].filter(Boolean).join(', ');
      list.append(el('li', { role: 'option', class: i === state.acSel ? 'sel' : '',
        onmousedown: (e) => { e.preventDefault(); pick(a); } },
      el('span', {}, el('span', { class: 'flag' }, flag(a.country)), a.key,
        sub && a.key !== sub ? el('span', { class: 'n' }, ' ' + sub) : null),
      el('span', { class: 'n' }, a.events)));
    });
    list.hidden = state.acItems.length === 0;
  };
  input.addEventListener('input', () => {
    clearTimeout(state.acTimer);
    const q = input.value.trim();
    state.acTimer = setTimeout(async () => {
      try {
        const d = await api('/api/actors?' + new URLSearchParams({ q, limit: 12 }));
        if (input.value.trim() !== q) return;
        state.acItems = d.actors; state.acSel = -1; render();
      } catch (e) { close(); }
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = state.acItems.length;
      state.acSel = (state.acSel + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      render();
    } else if (e.key === 'Enter' && state.acSel >= 0) {
      e.preventDefault(); pick(state.acItems[state.acSel]);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// ---- events table -----------------------------------------------------

function actorCell(a) {
  if (!a) return el('span', { class: 'muted' }, '—');
  const label = a.name || a.org || a.country || a.code || a.text || '?';
  const key = a.name || a.org || a.country || a.code;
  const sub = [a.role, a.name ? (a.country || a.org) : (a.name ? null : a.code)]
    .filter(Boolean).join(' · ');
  const link = el('a', { href: '?' + new URLSearchParams({ actor: key }),
    title: 'Show events of ' + label, onclick: (e) => {
      e.preventDefault(); state.filters = { actor: key }; go(true); } }, label);
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

function typeBadge(t) {
  const b = el('span', { class: 'type', title: t }, t);
  b.style.background = COLORS[t] || '#777';
  return b;
}

function row(ev) {
  const who = el('td', { class: 'who' }, el('div', {}, actorCell(ev.source)),
    el('div', { class: 'verb' }, el('span', { class: 'arrow' }, '↳ '), typeBadge(ev.type),
      ev.mode ? el('span', { class: 'mode' }, ev.mode) : null,
      ev.cameo ? el('span', { class: 'mode', title: 'CAMEO code' }, ev.cameo) : null,
      ev.negated ? el('span', { class: 'neg', title: 'negated: did not happen' }, 'NOT') : null,
      el('span', { class: 'arrow' }, ' → '), actorCell(ev.target)));
  const place = ev.place && ev.place.name
    ? el('td', {}, el('span', { class: 'flag' }, flag(ev.place.country)), ev.place.name)
    : el('td', { class: 'muted' }, '—');
  const doc = el('a', { class: 'doclink', href: '?' + new URLSearchParams({ document: ev.doc }),
    onclick: (e) => { e.preventDefault(); openDoc(ev.doc, true, ev.id); } },
  '▤ ' + (ev.doc_title || ev.doc));
  return el('tr', { 'data-id': ev.id }, el('td', { class: 'date' }, ev.date || 'undated'),
    who, place, el('td', {}, evidence(ev), doc));
}

async function loadEvents(append) {
  const seq = state.seq;
  state.loading = true;
  $('more').disabled = true;
  const extra = { limit: 50 };
  if (append && state.next) extra.cursor = state.next;
  try {
    const d = await api('/api/events?' + apiQuery(extra));
    if (seq !== state.seq) return;
    const tb = $('rows');
    if (!append) tb.replaceChildren();
    for (const ev of d.events) tb.append(row(ev));
    if (!append && d.events.length === 0)
      tb.append(el('tr', {}, el('td', { colspan: 4, class: 'empty' }, 'No events match these filters.')));
    state.next = d.next;
    $('more').hidden = !d.next;
    $('error').hidden = true;
  } catch (e) {
    if (seq !== state.seq) return;
    showError(e);
  } finally {
    state.loading = false;
    $('more').disabled = false;
  }
}

function showError(e) {
  const box = $('error');
  box.textContent = 'Cannot show events: ' + e.message;
  box.hidden = false;
  $('rows').replaceChildren();
  $('more').hidden = true;
}

// ---- timeline ---------------------------------------------------------

function addDays(iso, n) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function drawTimeline(weeks) {
  const box = $('timeline');
  box.replaceChildren();
  if (!weeks.length) { box.append(el('div', { class: 'empty' }, 'No dated events.')); $('tl-info').textContent = ''; return; }
  // Every week from the first to the last, empty ones included.
  const byWeek = new Map(weeks.map((w) => [w.week, w.counts]));
  const all = [];
  for (let w = weeks[0].week; w <= weeks[weeks.length - 1].week && all.length < 2000; w = addDays(w, 7))
    all.push({ week: w, counts: byWeek.get(w) || {} });
  const W = 420, H = 150, L = 30, B = 18, T = 6;
  const max = Math.max(1, ...all.map((w) => Object.values(w.counts).reduce((a, b) => a + b, 0)));
  const bw = (W - L - 4) / all.length;
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'events per week by type' });
  const y = (v) => H - B - (v / max) * (H - B - T);
  for (const t of [0, Math.ceil(max / 2), max]) {
    s.append(svg('line', { x1: L, x2: W, y1: y(t), y2: y(t), stroke: '#eceef2' }));
    const lab = svg('text', { x: L - 4, y: y(t) + 3, 'text-anchor': 'end' }); lab.textContent = t; s.append(lab);
  }
  all.forEach((w, i) => {
    let acc = 0;
    const g = svg('g', { class: 'bar', 'data-week': w.week });
    const total = Object.values(w.counts).reduce((a, b) => a + b, 0);
    const title = svg('title'); title.textContent = `week of ${w.week}: ${total} events\n` +
      Object.entries(w.counts).map(([k, v]) => `${k} ${v}`).join(', ');
    g.append(title);
    for (const t of TYPES) {
      const v = w.counts[t]; if (!v) continue;
      g.append(svg('rect', { x: L + i * bw + 0.5, width: Math.max(0.8, bw - 1), y: y(acc + v),
        height: Math.max(0.5, y(acc) - y(acc + v)), fill: COLORS[t] }));
      acc += v;
    }
    // Clicking a week narrows the dates to it.
    g.append(svg('rect', { x: L + i * bw, width: bw, y: T, height: H - B - T, fill: 'transparent' }));
    g.addEventListener('click', () => { state.filters.from = w.week; state.filters.to = addDays(w.week, 6); go(true); });
    s.append(g);
  });
  const ticks = Math.min(6, all.length);
  for (let k = 0; k < ticks; k++) {
    const i = Math.round(k * (all.length - 1) / Math.max(1, ticks - 1));
    const anchor = k === 0 ? 'start' : k === ticks - 1 ? 'end' : 'middle';
    const lab = svg('text', { x: anchor === 'start' ? L + i * bw : anchor === 'end' ? L + (i + 1) * bw : L + i * bw + bw / 2,
      y: H - 4, 'text-anchor': anchor });
    lab.textContent = all[i].week.slice(0, 7); s.append(lab);
  }
  box.append(s);
  $('tl-info').textContent = `${all.length} weeks`;
}

function drawLegend(byType) {
  const lg = $('legend');
  lg.replaceChildren();
  for (const t of TYPES) {
    if (!byType[t]) continue;
    const sp = el('span', { title: 'Show only ' + t }, `${t} ${byType[t]}`);
    sp.style.setProperty('--c', COLORS[t]);
    sp.style.cursor = 'pointer';
    sp.addEventListener('click', () => { state.filters.type = t; go(true); });
    lg.append(sp);
  }
}

function drawPairs(pairs) {
  const ol = $('pairs');
  ol.replaceChildren();
  for (const p of pairs)
    ol.append(el('li', {}, el('span', { class: 'n' }, p.events), p.source, el('span', { class: 'arrow' }, ' → '), p.target));
  if (!pairs.length) ol.append(el('li', { class: 'muted' }, 'none'));
}

// ---- network graph ----------------------------------------------------

// A small force layout of our own (Fruchterman–Reingold: repulsion
// between nearby nodes, attraction along links, a pull to the centre so that
// separate groups stay in view), run a fixed number of steps from
// positions on a circle — the same data always gives the same picture —
// then scaled to fit the box.
function layout(nodes, links, W, H) {
  const n = nodes.length;
  nodes.forEach((d, i) => {
    const a = 2 * Math.PI * i / n;
    d.x = Math.cos(a) * 100; d.y = Math.sin(a) * 100;
  });
  const k = 200 / Math.sqrt(Math.max(1, n)) + 20;
  const maxLink = Math.max(1, ...links.map((l) => l.n));
  for (const d of nodes) d.deg = 0;
  for (const l of links) { l.s.deg++; l.t.deg++; }
  for (const d of nodes) d.deg = Math.max(1, d.deg);
  const steps = 400;
  for (let it = 0; it < steps; it++) {
    const t = 30 * (1 - it / steps) + 0.5;
    for (const d of nodes) { d.dx = -d.x * 0.15; d.dy = -d.y * 0.15; }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y;
      let d = Math.sqrt(dx * dx + dy * dy);
      if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = 0.015; }
      // Repulsion only within a few k: separate groups then do not fly
      // apart, and the pull to the centre keeps them side by side.
      if (d > 3 * k) continue;
      const f = (k * k) / d / d;
      a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
    }
    for (const l of links) {
      const a = l.s, b = l.t;
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      // Weights from 1 to 2 by the link's share of the busiest link, and
      // damped for busy nodes, so that dense groups do not collapse.
      const f = d / k * (1 + l.n / maxLink) / Math.sqrt(Math.min(a.deg, b.deg));
      a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
    }
    for (const d of nodes) {
      const len = Math.sqrt(d.dx * d.dx + d.dy * d.dy) || 1;
      const m = Math.min(len, t);
      d.x += d.dx / len * m; d.y += d.dy / len * m;
    }
  }
  const xs = nodes.map((d) => d.x), ys = nodes.map((d) => d.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const mx = 70, my = 18;
  const sx = (W - 2 * mx) / Math.max(1, x1 - x0), sy = (H - 2 * my) / Math.max(1, y1 - y0);
  const sc = Math.min(sx, sy, 3);
  const ox = (W - (x1 - x0) * sc) / 2, oy = (H - (y1 - y0) * sc) / 2;
  for (const d of nodes) { d.x = ox + (d.x - x0) * sc; d.y = oy + (d.y - y0) * sc; }
}

function drawGraph(g) {
  const box = $('graph');
  box.replaceChildren();
  if (!g.nodes.length) { box.append(el('div', { class: 'empty' }, 'No actors.')); return; }
  const W = 420, H = 380;
  const byKey = new Map(g.nodes.map((d) => [d.key, Object.assign({}, d)]));
  const nodes = [...byKey.values()];
  // One link per pair of actors (either direction), coloured by its most
  // frequent type; its width grows with the number of events.
  const pairs = new Map();
  for (const e of g.edges) {
    if (e.source === e.target) continue;
    const id = [e.source, e.target].sort().join('\u0000');
    let p = pairs.get(id);
    if (!p) { p = { s: byKey.get(e.source), t: byKey.get(e.target), n: 0, types: {} }; pairs.set(id, p); }
    p.n += e.events; p.types[e.type] = (p.types[e.type] || 0) + e.events;
  }
  const links = [...pairs.values()].filter((l) => l.s && l.t);
  layout(nodes, links, W, H);
  const maxN = Math.max(...nodes.map((d) => d.events));
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'actor network' });
  for (const l of links) {
    const top = Object.entries(l.types).sort((a, b) => b[1] - a[1])[0][0];
    const line = svg('line', { x1: l.s.x, y1: l.s.y, x2: l.t.x, y2: l.t.y, stroke: COLORS[top] || '#999',
      'stroke-opacity': 0.55, 'stroke-width': Math.min(8, 0.8 + Math.log2(1 + l.n)) });
    const t = svg('title'); t.textContent = `${l.s.key} — ${l.t.key}: ${l.n} events (` +
      Object.entries(l.types).map(([k, v]) => `${k} ${v}`).join(', ') + ')';
    line.append(t); s.append(line);
  }
  const active = state.filters.actor;
  // The most active actors are drawn last, on top.
  for (const d of [...nodes].reverse()) {
    const r = 4 + 10 * Math.sqrt(d.events / maxN);
    const g2 = svg('g', { class: 'node', transform: `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`, 'data-key': d.key });
    g2.append(svg('circle', { r, fill: d.org && !d.country ? '#6d597a' : '#2d6cb5',
      'fill-opacity': 0.85, stroke: d.key === active ? '#f2b134' : '#fff', 'stroke-width': d.key === active ? 3 : 1.5 }));
    const left = d.x > W * 0.62;
    const label = svg('text', { x: left ? -(r + 3) : r + 3, y: 3.5, 'text-anchor': left ? 'end' : 'start' });
    label.textContent = (flag(d.country) ? flag(d.country) + ' ' : '') + d.key;
    g2.append(label);
    const t = svg('title'); t.textContent = `${d.key}${d.role ? ' — ' + d.role : ''}${d.country ? ' (' + d.country + ')' : ''}: ${d.events} events`;
    g2.append(t);
    g2.addEventListener('click', () => { state.filters.actor = d.key; go(true); });
    s.append(g2);
  }
  box.append(s);
}

async function loadSide() {
  const seq = state.seq;
  try {
    const [st, g] = await Promise.all([api('/api/stats?' + apiQuery({ pairs: 10 })),
      api('/api/graph?' + apiQuery({ nodes: 30 }))]);
    if (seq !== state.seq) return;
    $('summary').textContent = `${st.events.toLocaleString('en')} events in ${st.documents.toLocaleString('en')} documents`;
    drawTimeline(st.by_week);
    drawLegend(st.by_type);
    drawPairs(st.top_pairs);
    drawGraph(g);
  } catch (e) {
    if (seq !== state.seq) return;
    $('summary').textContent = '';
    for (const id of ['timeline', 'graph', 'legend', 'pairs']) $(id).replaceChildren();
  }
}

// ---- document view ----------------------------------------------------

async function openDoc(id, push, focusId) {
  state.docId = id;
  if (push !== undefined) writeUrl(push);
  const view = $('docview');
  $('doc-title').textContent = 'Loading…';
  $('doc-meta').textContent = '';
  $('doc-text').replaceChildren();
  $('doc-events').replaceChildren();
  view.hidden = false;
  let d;
  try { d = await api('/api/documents/' + encodeURIComponent(id)); } catch (e) {
    $('doc-title').textContent = 'Cannot open the document: ' + e.message; return;
  }
  if (state.docId !== id) return;
  $('doc-title').textContent = d.title || d.id;
  const meta = [d.date, d.source, d.id].filter(Boolean).join(' · ');
  $('doc-meta').replaceChildren(meta, d.url && /^https?:/.test(d.url) ? el('span', {}, ' · ', el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'source')) : '',
    ` · ${d.events.length} events`);
  // Spans are byte offsets into the UTF-8 text: cut the bytes, then decode.
  const bytes = new TextEncoder().encode(d.text);
  const dec = new TextDecoder();
  const spans = [];
  const enc = new TextEncoder();
  // The source and target mentions of each event, found in its first
  // evidence sentence, as byte spans: marked when the event is focused.
  const mentions = [];
  d.events.forEach((ev, i) => {
    const ss = ev.evidence && ev.evidence.length ? ev.evidence.map((x) => x.span) : [ev.span];
    for (const sp of ss) if (sp && sp[1] > sp[0] && sp[1] <= bytes.length) spans.push({ s: sp[0], e: sp[1], i });
    const sp = ss[0];
    if (!sp || sp[1] > bytes.length) return;
    const sentence = dec.decode(bytes.subarray(sp[0], sp[1]));
    for (const [side, cls] of [[ev.source, 'm-src'], [ev.target, 'm-tgt']]) {
      const t = side && side.text;
      const at = t ? sentence.indexOf(t) : -1;
      if (at < 0) continue;
      const s0 = sp[0] + enc.encode(sentence.slice(0, at)).length;
      mentions.push({ s: s0, e: s0 + enc.encode(t).length, i, cls });
    }
  });
  const cuts = [...new Set([0, bytes.length, ...spans.flatMap((x) => [x.s, x.e]),
    ...mentions.flatMap((x) => [x.s, x.e])])].sort((a, b) => a - b);
  const text = $('doc-text');
  const marksByEvent = d.events.map(() => []);
  const mentionsByEvent = d.events.map(() => []);
  for (let c = 0; c + 1 < cuts.length; c++) {
    const a = cuts[c], b = cuts[c + 1];
    const piece = dec.decode(bytes.subarray(a, b));
    const evs = spans.filter((x) => x.s <= a && x.e >= b).map((x) => x.i);
    if (!evs.length) { text.append(piece); continue; }
    const uniq = [...new Set(evs)];
    const m = el('mark', { 'data-events': uniq.join(' '), title: uniq.map((i) => {
      const ev = d.events[i]; return `${ev.type}: ${label(ev.source)} → ${label(ev.target)}`; }).join('\n') }, piece);
    m.style.setProperty('--c', COLORS[d.events[uniq[0]].type] || '#999');
    m.addEventListener('click', () => focusEvent(uniq[0]));
    uniq.forEach((i) => marksByEvent[i].push(m));
    for (const x of mentions) if (x.s <= a && x.e >= b) mentionsByEvent[x.i].push([m, x.cls]);
    text.append(m);
  }
  const list = $('doc-events');
  d.events.forEach((ev, i) => {
    list.append(el('li', { 'data-id': ev.id, onclick: () => focusEvent(i) }, typeBadge(ev.type), ' ',
      el('b', {}, label(ev.source)), el('span', { class: 'arrow' }, ' → '), el('b', {}, label(ev.target)),
      el('div', { class: 'muted' }, [ev.date, ev.place && ev.place.name, ev.cameo && 'CAMEO ' + ev.cameo].filter(Boolean).join(' · '))));
  });
  function focusEvent(i) {
    for (const m of text.querySelectorAll('mark.active')) m.classList.remove('active', 'm-src', 'm-tgt');
    for (const li of list.querySelectorAll('li.active')) li.classList.remove('active');
    for (const m of marksByEvent[i]) m.classList.add('active');
    for (const [m, cls] of mentionsByEvent[i]) m.classList.add(cls);
    list.children[i].classList.add('active');
    if (marksByEvent[i][0]) marksByEvent[i][0].scrollIntoView({ block: 'center' });
  }
  const fi = focusId ? d.events.findIndex((ev) => ev.id === focusId) : -1;
  if (fi >= 0) focusEvent(fi);
}
function label(a) { return a ? (a.name || a.org || a.country || a.code || a.text || '?') : '—'; }
function closeDoc(push) { state.docId = null; $('docview').hidden = true; writeUrl(push); }

// ---- wiring -----------------------------------------------------------

function go(push) {
  state.seq++;
  state.next = null;
  writeUrl(push);
  fillForm();
  loadEvents(false);
  loadSide();
}

function init() {
  const sel = $('f-type');
  for (const t of TYPES) sel.append(el('option', { value: t }, t));
  readUrl();
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); readForm(); go(true); });
  $('f-type').addEventListener('change', () => { readForm(); go(true); });
  $('clear').addEventListener('click', () => { state.filters = {}; go(true); });
  $('more').addEventListener('click', () => loadEvents(true));
  $('doc-close').addEventListener('click', () => closeDoc(true));
  $('docview').addEventListener('click', (e) => { if (e.target === $('docview')) closeDoc(true); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('docview').hidden) closeDoc(true); });
  window.addEventListener('popstate', () => {
    readUrl(); state.seq++; fillForm(); loadEvents(false); loadSide();
    if (state.docId) openDoc(state.docId); else $('docview').hidden = true;
  });
  setupAutocomplete();
  go(false);
  if (state.docId) openDoc(state.docId);
}

document.addEventListener('DOMContentLoaded', init);
