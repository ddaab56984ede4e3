// timeline.js — events over time from /api/series: bars stacked by PLOVER
// type per day, week or month, cut to the dense range of the data (a few
// old documents do not stretch the axis), a line for the mean Goldstein
// score per period (right axis), and a brush (d3-brush) that zooms: the
// selected periods become the date filter.
import { brushX } from 'd3-brush';
import { select } from 'd3-selection';
import { $, el, svg, TYPES, COLORS, fmt, addDays, addMonths, onResize } from './util.js';
import { state, go, api, apiQuery } from './state.js';

let data = null; // { by, periods: [{start, row}], left, hidden }

function stepOf(by) {
  return by === 'day' ? (d) => addDays(d, 1) : by === 'week' ? (d) => addDays(d, 7) : (d) => addMonths(d, 1);
}
// The last day of the period starting at start.
function endOf(by, start) {
  return by === 'day' ? start : by === 'week' ? addDays(start, 6) : addDays(addMonths(start, 1), -1);
}
function days(a, b) { return (Date.parse(b) - Date.parse(a)) / 86400000; }

// Every period from the first to the last, empty ones included.
function fill(rows, by) {
  if (!rows.length) return [];
  const at = new Map(rows.map((r) => [r.period, r]));
  const step = stepOf(by);
  const out = [];
  for (let p = rows[0].period; p <= rows[rows.length - 1].period && out.length < 5000; p = step(p))
    out.push({ start: p, row: at.get(p) || null });
  return out;
}

// The dense range: without the thin tails that hold at most 0.5% of the
// events at each end, when cutting them shortens the axis by a tenth or
// more. Returns [lo, hi] indexes and the number of events left out.
function dense(periods) {
  const n = periods.length;
  const counts = periods.map((p) => (p.row ? p.row.events : 0));
  const total = counts.reduce((a, b) => a + b, 0);
  let lo = 0, hi = n - 1, acc = 0;
  while (lo < n - 1 && acc + counts[lo] <= 0.005 * total) acc += counts[lo++];
  let acc2 = 0;
  while (hi > lo && acc2 + counts[hi] <= 0.005 * total) acc2 += counts[hi--];
  while (lo < hi && !counts[lo]) lo++;
  while (hi > lo && !counts[hi]) hi--;
  if (hi - lo + 1 > 0.9 * n) return [0, n - 1, 0];
  return [lo, hi, acc + acc2];
}

export async function loadTimeline() {
  const seq = state.seq;
  const f = state.filters;
  const zoomed = f.from && f.to && /^\d{4}-\d\d-\d\d$/.test(f.from) && /^\d{4}-\d\d-\d\d$/.test(f.to);
  let by = zoomed && days(f.from, f.to) <= 120 ? 'day' : 'week';
  let d = await api('/api/series?' + apiQuery({ by }));
  let periods = fill(d.rows, by);
  let cut = state.allDates || f.from || f.to ? [0, periods.length - 1, 0] : dense(periods);
  // Over three years of weeks, bars would be a pixel wide: months instead.
  if (by === 'week' && cut[1] - cut[0] > 156) {
    by = 'month';
    d = await api('/api/series?' + apiQuery({ by }));
    periods = fill(d.rows, by);
    cut = state.allDates || f.from || f.to ? [0, periods.length - 1, 0] : dense(periods);
  }
  if (seq !== state.seq) return;
  data = { by, periods: periods.slice(cut[0], cut[1] + 1), left: d.left_out, hidden: cut[2],
    first: periods.length ? periods[0].start : null, last: periods.length ? periods[periods.length - 1].start : null };
  draw();
}

function sumTypes(r) { return TYPES.reduce((a, t) => a + (r[t.toLowerCase()] || 0), 0); }

function describe(p, by) {
  const r = p.row;
  const name = by === 'week' ? `week of ${p.start}` : by === 'month' ? p.start.slice(0, 7) : p.start;
  if (!r) return `${name}: no events`;
  const types = TYPES.filter((t) => r[t.toLowerCase()]).map((t) => `${t} ${r[t.toLowerCase()]}`).join(', ');
  const coop = r.quad1 + r.quad2, conf = r.quad3 + r.quad4;
  return `${name}: ${fmt(r.events)} events (${types})` +
    (r.goldstein_mean !== null ? ` · mean Goldstein ${r.goldstein_mean.toFixed(2)}` : '') +
    ` · cooperation ${coop}, conflict ${conf}`;
}

function draw() {
  const box = $('timeline');
  box.replaceChildren();
  const info = $('tl-info');
  info.replaceChildren();
  $('tl-reset').hidden = !(state.filters.from || state.filters.to);
  if (!data || !data.periods.length) {
    box.append(el('div', { class: 'empty' }, 'No dated events.'));
    drawLegend(null);
    return;
  }
  const { by, periods } = data;
  const n = periods.length;
  const W = Math.max(280, box.clientWidth), H = W < 560 ? 150 : 180;
  const L = 34, R = 34, T = 10, B = 22;
  const pw = W - L - R, ph = H - T - B;
  const bw = pw / n;
  const max = Math.max(1, ...periods.map((p) => (p.row ? p.row.events : 0)));
  const y = (v) => T + ph - (v / max) * ph;
  const means = periods.map((p) => (p.row ? p.row.goldstein_mean : null));
  const G = Math.min(10, Math.max(1, Math.ceil(1.15 * Math.max(...means.filter((m) => m !== null).map(Math.abs), 0))));
  const yg = (v) => T + ph / 2 - (v / G) * (ph / 2);
  const s = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `events per ${by} by type, and mean Goldstein score` });
  // Grid and axes.
  for (const t of [0, Math.ceil(max / 2), max]) {
    s.append(svg('line', { x1: L, x2: W - R, y1: y(t), y2: y(t), class: 'grid' }));
    s.append(svg('text', { x: L - 4, y: y(t) + 3, 'text-anchor': 'end' }, fmt(t)));
  }
  for (const g of [G, 0, -G])
    s.append(svg('text', { x: W - R + 4, y: yg(g) + 3, class: 'gs-axis' }, (g > 0 ? '+' : '') + g));
  // Bars.
  const bars = svg('g', { class: 'bars' });
  periods.forEach((p, i) => {
    if (!p.row) return;
    const g = svg('g', { class: 'bar', 'data-period': p.start });
    let acc = 0;
    const x = L + i * bw + (bw > 3 ? 0.5 : 0), w = Math.max(0.8, bw > 3 ? bw - 1 : bw);
    for (const t of TYPES) {
      const v = p.row[t.toLowerCase()];
      if (!v) continue;
      g.append(svg('rect', { x, width: w, y: y(acc + v), height: Math.max(0.5, y(acc) - y(acc + v)), fill: COLORS[t] }));
      acc += v;
    }
    const other = p.row.events - sumTypes(p.row);
    if (other > 0) g.append(svg('rect', { x, width: w, y: y(acc + other), height: y(acc) - y(acc + other), fill: '#b0b6c0' }));
    bars.append(g);
  });
  s.append(bars);
  // The mean Goldstein score: a line through the periods that have one.
  s.append(svg('line', { x1: L, x2: W - R, y1: yg(0), y2: yg(0), class: 'gs-zero' }));
  // The line breaks where a period has no events; a point with no
  // neighbour is a dot.
  const has = (i) => i >= 0 && i < n && means[i] !== null && means[i] !== undefined;
  let dpath = '';
  periods.forEach((p, i) => {
    if (!has(i)) return;
    const xy = (L + (i + 0.5) * bw).toFixed(1) + ',' + yg(means[i]).toFixed(1);
    dpath += (has(i - 1) ? 'L' : 'M') + xy;
    if (bw >= 5 || (!has(i - 1) && !has(i + 1)))
      s.append(svg('circle', { cx: L + (i + 0.5) * bw, cy: yg(means[i]), r: bw >= 5 ? 2 : 1.5, class: 'gs-dot' }));
  });
  if (dpath) s.append(svg('path', { d: dpath, class: 'gs-line' }));
  // Ticks: as many labels as fit.
  const fmtTick = (d) => (by === 'month' ? d.slice(0, 7) : d);
  const lw = (by === 'month' ? 50 : 66);
  const nt = Math.max(2, Math.min(n, Math.floor(pw / (lw + 10))));
  for (let k = 0; k < nt; k++) {
    const i = Math.round(k * (n - 1) / (nt - 1));
    const x = L + (i + 0.5) * bw;
    const anchor = k === 0 ? 'start' : k === nt - 1 ? 'end' : 'middle';
    s.append(svg('line', { x1: x, x2: x, y1: T + ph, y2: T + ph + 3, class: 'tick' }));
    s.append(svg('text', { x: anchor === 'start' ? Math.max(2, x - 6) : anchor === 'end' ? Math.min(W - 2, x + 6) : x,
      y: H - 5, 'text-anchor': anchor }, fmtTick(periods[i].start)));
    if (nt === n && k === n - 1) break;
  }
  // The brush: select periods to zoom to them.
  const gb = svg('g', { class: 'brush' });
  s.append(gb);
  const toIndex = (px) => Math.max(0, Math.min(n - 1, Math.floor((px - L) / bw)));
  const brush = brushX().extent([[L, T], [W - R, T + ph]]).on('end', (ev) => {
    if (!ev.selection || !ev.sourceEvent) return;
    const [x0, x1] = ev.selection;
    const i0 = toIndex(x0), i1 = toIndex(x1 - 0.01);
    state.filters.from = periods[i0].start;
    state.filters.to = endOf(by, periods[i1].start);
    go(true);
  });
  select(gb).call(brush);
  const hover = $('tl-hover');
  s.addEventListener('pointermove', (e) => {
    const r = s.getBoundingClientRect();
    const px = e.clientX - r.left;
    if (px < L || px > W - R) return;
    hover.textContent = describe(periods[toIndex(px)], by);
  });
  box.append(s);
  // What the chart shows, and what it leaves out.
  const unit = by === 'day' ? 'days' : by === 'week' ? 'weeks' : 'months';
  const total = periods.reduce((a, p) => a + (p.row ? p.row.events : 0), 0);
  info.append(`${fmt(total)} events, ${n} ${unit}`);
  const notes = [];
  if (data.left && data.left.negated) notes.push(`${fmt(data.left.negated)} negated`);
  if (data.left && data.left.undated) notes.push(`${fmt(data.left.undated)} undated`);
  if (data.left && data.left.imprecise) notes.push(`${fmt(data.left.imprecise)} dated only to the ${by === 'month' ? 'year' : 'month'}`);
  if (notes.length) info.append(` · not counted: ${notes.join(', ')}`);
  if (data.hidden) {
    info.append(` · ${fmt(data.hidden)} outside the dense range (${data.first.slice(0, 7)} – ${data.last.slice(0, 7)}) `);
    info.append(el('button', { type: 'button', class: 'link', id: 'tl-all',
      onclick: () => { state.allDates = true; loadTimeline(); } }, 'show all'));
  }
  hover.textContent = 'Drag across the chart to zoom to those dates.';
  drawLegend(G);
}

function drawLegend(G) {
  const lg = $('legend');
  lg.replaceChildren();
  if (!data) return;
  const totals = {};
  for (const p of data.periods) if (p.row) for (const t of TYPES) totals[t] = (totals[t] || 0) + p.row[t.toLowerCase()];
  for (const t of TYPES) {
    if (!totals[t]) continue;
    const sp = el('button', { type: 'button', class: 'lg', title: 'Show only ' + t,
      onclick: () => { state.filters.type = t; go(true); } }, `${t} ${fmt(totals[t])}`);
    sp.style.setProperty('--c', COLORS[t]);
    lg.append(sp);
  }
  if (G) lg.append(el('span', { class: 'lg-line' }, `mean Goldstein (right axis, −${G} to +${G})`));
}

export function setupTimeline() {
  $('tl-reset').addEventListener('click', () => { delete state.filters.from; delete state.filters.to; go(true); });
  onResize($('timeline'), () => data && draw());
}
