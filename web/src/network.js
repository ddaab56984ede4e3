// network.js — the actor network from /api/graph: countries and
// organisations by default (persons on demand), node size by degree (the
// number of counterparts), directed edges coloured by their most frequent
// type and as wide as their count, labels placed where they overlap no
// other label or node (the rest show on hover). Laid out with d3-force,
// deterministically (d3-force seeds its own random source).
import { forceSimulation, forceLink, forceManyBody, forceCollide, forceX, forceY } from 'd3-force';
import { $, el, svg, title, COLORS, flag, countryName, textWidth, fmt, onResize } from './util.js';
import { state, go, api, apiQuery, writeUrl } from './state.js';

let data = null;
const LABEL_PX = 11;

export async function loadGraph() {
  const seq = state.seq;
  const d = await api('/api/graph?' + apiQuery({ nodes: state.persons ? 30 : 40,
    level: state.persons ? 'person' : 'country' }));
  if (seq !== state.seq) return;
  data = d;
  draw();
}

function kind(d) {
  if (d.name) return 'person';
  if (d.country) return 'country';
  if (d.org) return 'org';
  return 'other';
}
const KIND_COLOR = { country: '#2d6cb5', org: '#7b5ea7', person: '#2a9d8f', other: '#8a94a6' };

function labelText(d) {
  if (d.name) return d.name;
  return (d.country ? flag(d.country) + ' ' : '') + d.key;
}

// Directed links, one per (source, target) with their types summed; the
// degree of a node is its number of distinct counterparts.
function build(g) {
  const nodes = g.nodes.map((d) => Object.assign({}, d, { deg: 0 }));
  const byKey = new Map(nodes.map((d) => [d.key, d]));
  const links = new Map();
  for (const e of g.edges) {
    if (e.source === e.target || !byKey.has(e.source) || !byKey.has(e.target)) continue;
    const id = e.source + '\u0000' + e.target;
    let l = links.get(id);
    if (!l) { l = { source: e.source, target: e.target, n: 0, types: {} }; links.set(id, l); }
    l.n += e.events;
    l.types[e.type] = (l.types[e.type] || 0) + e.events;
  }
  const nb = new Map(nodes.map((d) => [d.key, new Set()]));
  for (const l of links.values()) { nb.get(l.source).add(l.target); nb.get(l.target).add(l.source); }
  for (const d of nodes) d.deg = nb.get(d.key).size;
  const ls = [...links.values()];
  for (const l of ls) {
    l.top = Object.entries(l.types).sort((a, b) => b[1] - a[1])[0][0];
    l.both = links.has(l.target + '\u0000' + l.source);
  }
  return { nodes, links: ls };
}

// Laid out in the box's own pixels, so that the collision radii hold in
// the picture: charge and links spread the nodes, a pull to the centre
// keeps separate groups in view, and every step keeps them inside the box
// (with room for labels at the sides).
// Nodes without a drawn link go to a strip below the H pixels of the
// others, in a grid (repulsion alone would scatter them along the edges
// of the box). Returns the strip's height.
function layout(nodes, links, W, H) {
  const maxDeg = Math.max(1, ...nodes.map((d) => d.deg));
  const rmax = nodes.length > 30 ? 11 : 14;
  for (const d of nodes) d.r = 3.5 + (rmax - 3.5) * Math.sqrt(d.deg / maxDeg);
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  const alone = nodes.filter((d) => !linked.has(d.key));
  nodes = nodes.filter((d) => linked.has(d.key));
  let strip = 0;
  if (alone.length) {
    const cw = Math.min(W - 16, Math.max(90, ...alone.map((d) => textWidth(labelText(d), LABEL_PX) + 2 * d.r + 14)));
    const cols = Math.max(1, Math.floor((W - 16) / cw)), rows = Math.ceil(alone.length / cols);
    strip = rows * 22 + 10;
    alone.forEach((d, i) => {
      d.x = 8 + (i % cols) * cw + d.r + 2;
      d.y = H + 12 + Math.floor(i / cols) * 22;
    });
  }
  if (!nodes.length) return strip;
  // Start on a sunflower spiral, busiest in the middle: the same data
  // always gives the same picture.
  nodes.forEach((d, i) => {
    const a = i * 2.39996, rad = 14 * Math.sqrt(i + 0.5);
    d.x = W / 2 + Math.cos(a) * rad; d.y = H / 2 + Math.sin(a) * rad;
  });
  const area = W * H / Math.max(1, nodes.length);
  const mx = Math.min(60, W * 0.12), my = 14;
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.key)
      .distance(Math.sqrt(area) * 0.7).strength((l) => 0.15 + 0.5 * l.w))
    .force('charge', forceManyBody().strength(-Math.min(400, area / 12)))
    .force('collide', forceCollide((d) => d.r + 10).strength(0.9))
    .force('x', forceX(W / 2).strength(0.05))
    .force('y', forceY(H / 2).strength(0.07))
    .stop();
  for (let i = 0; i < 300; i++) {
    sim.tick();
    for (const d of nodes) {
      d.x = Math.max(mx + d.r, Math.min(W - mx - d.r, d.x));
      d.y = Math.max(my + d.r, Math.min(H - my - d.r, d.y));
    }
  }
  return strip;
}

function overlaps(a, b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

// Labels, most connected nodes first: right of the node, else left, above
// or below; a label that would overlap a placed label, another node or
// the edge of the box is not shown (its node's tooltip names it).
function placeLabels(nodes, W, H, obstacles) {
  const placed = [...(obstacles || [])];
  const discs = nodes.map((d) => ({ x0: d.x - d.r, x1: d.x + d.r, y0: d.y - d.r, y1: d.y + d.r, key: d.key }));
  for (const d of [...nodes].sort((a, b) => b.deg - a.deg || b.events - a.events)) {
    // the box a label's glyphs take, with their descent and the white
    // halo (a 3 px stroke) around them, not only the font size
    const t = labelText(d), w = textWidth(t, LABEL_PX) + 4, h = LABEL_PX + 5;
    const cands = [
      { x: d.x + d.r + 3, y: d.y + 4, anchor: 'start', box: { x0: d.x + d.r + 2, x1: d.x + d.r + 3 + w, y0: d.y - h / 2, y1: d.y + h / 2 } },
      { x: d.x - d.r - 3, y: d.y + 4, anchor: 'end', box: { x0: d.x - d.r - 3 - w, x1: d.x - d.r - 2, y0: d.y - h / 2, y1: d.y + h / 2 } },
      { x: d.x, y: d.y - d.r - 4, anchor: 'middle', box: { x0: d.x - w / 2, x1: d.x + w / 2, y0: d.y - d.r - 3 - h, y1: d.y - d.r - 2 } },
      { x: d.x, y: d.y + d.r + h, anchor: 'middle', box: { x0: d.x - w / 2, x1: d.x + w / 2, y0: d.y + d.r + 2, y1: d.y + d.r + 3 + h } },
    ];
    d.label = null;
    for (const c of cands) {
      const b = c.box;
      if (b.x0 < 1 || b.x1 > W - 1 || b.y0 < 1 || b.y1 > H - 1) continue;
      if (placed.some((p) => overlaps(p, b))) continue;
      if (discs.some((o) => o.key !== d.key && overlaps(o, b))) continue;
      d.label = c;
      placed.push(b);
      break;
    }
  }
}

// An edge from a's rim to b's rim; bent when the reverse edge exists, so
// that both directions show.
function edgePath(a, b, bent) {
  const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
  const ux = dx / len, uy = dy / len;
  const off = bent ? 0.35 : 0;
  const sx = a.x + ux * a.r, sy = a.y + uy * a.r;
  const tx = b.x - ux * (b.r + 2), ty = b.y - uy * (b.r + 2);
  if (!bent) return `M${sx.toFixed(1)},${sy.toFixed(1)}L${tx.toFixed(1)},${ty.toFixed(1)}`;
  const mx = (sx + tx) / 2 - uy * len * off * 0.5, my = (sy + ty) / 2 + ux * len * off * 0.5;
  return `M${sx.toFixed(1)},${sy.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`;
}

function draw() {
  const box = $('graph');
  box.replaceChildren();
  $('net-countries').classList.toggle('on', !state.persons);
  $('net-persons').classList.toggle('on', state.persons);
  $('net-countries').setAttribute('aria-pressed', String(!state.persons));
  $('net-persons').setAttribute('aria-pressed', String(state.persons));
  if (!data || !data.nodes.length) { box.append(el('div', { class: 'empty' }, 'No actors.')); return; }
  const built = build(data);
  const nodes = built.nodes;
  // The strongest links only (about two a node): a dense network would
  // hide its structure under hundreds of lines. Degrees count them all.
  const keep = Math.max(12, Math.round(2 * nodes.length));
  const links = [...built.links].sort((a, b) => b.n - a.n).slice(0, keep);
  const wmax = Math.max(1, ...links.map((l) => l.n));
  for (const l of links) l.w = l.n / wmax;
  const W = Math.max(260, box.clientWidth);
  let H = W < 500 ? 360 : 420;
  const strip = layout(nodes, links, W, H);
  const HF = H;
  H += strip;
  const NOTE = 'below: no link with the others shown';
  placeLabels(nodes, W, H, strip ? [{ x0: W - 10 - textWidth(NOTE, 10), x1: W, y0: HF - 15, y1: HF + 1 }] : []);
  const s = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'actor network' });
  const defs = svg('defs');
  const used = new Set(links.map((l) => l.top));
  for (const t of used) {
    const m = svg('marker', { id: 'arrow-' + t, viewBox: '0 0 10 10', refX: 9, refY: 5,
      markerWidth: 8, markerHeight: 8, orient: 'auto', markerUnits: 'userSpaceOnUse' });
    m.append(svg('path', { d: 'M0,0L10,5L0,10z', fill: COLORS[t] || '#999' }));
    defs.append(m);
  }
  s.append(defs);
  if (strip) {
    s.append(svg('line', { x1: 8, x2: W - 8, y1: HF, y2: HF, class: 'strip-line' }));
    s.append(svg('text', { x: W - 8, y: HF - 4, 'text-anchor': 'end', class: 'strip-note' },
      NOTE));
  }
  const maxN = Math.max(1, ...links.map((l) => l.n));
  const ge = svg('g', { class: 'edges' });
  for (const l of [...links].sort((a, b) => a.n - b.n)) {
    const p = svg('path', { d: edgePath(l.source, l.target, l.both), class: 'edge',
      stroke: COLORS[l.top] || '#999', 'stroke-width': (1 + 3 * Math.sqrt(l.n / maxN)).toFixed(2),
      'marker-end': `url(#arrow-${l.top})`, 'data-source': l.source.key, 'data-target': l.target.key });
    p.append(title(`${l.source.key} → ${l.target.key}: ${fmt(l.n)} events (` +
      Object.entries(l.types).map(([k, v]) => `${k} ${v}`).join(', ') + ')'));
    ge.append(p);
  }
  s.append(ge);
  const active = state.filters.actor;
  const gn = svg('g', { class: 'nodes' });
  for (const d of [...nodes].sort((a, b) => a.deg - b.deg)) {
    const k = kind(d);
    const g = svg('g', { class: 'node' + (d.label ? '' : ' unlabelled'), 'data-key': d.key,
      transform: `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})` });
    g.append(svg('circle', { r: d.r.toFixed(1), fill: KIND_COLOR[k], class: d.key === active ? 'active' : null }));
    const who = d.name ? `${d.name}${d.role ? ', ' + d.role : ''}${d.country || d.org ? ' (' + (d.country || d.org) + ')' : ''}`
      : d.country ? `${countryName(d.country) || d.country} (${d.country})` : d.key;
    g.append(title(`${who}: ${fmt(d.events)} events, ${d.deg} counterpart${d.deg === 1 ? '' : 's'}`));
    const lab = d.label || { x: d.r + 3, y: 4, anchor: 'start' };
    g.append(svg('text', { x: (lab.x - (d.label ? d.x : 0)).toFixed(1), y: (lab.y - (d.label ? d.y : 0)).toFixed(1),
      'text-anchor': lab.anchor, class: d.label ? 'label' : 'label hover-only' }, labelText(d)));
    g.addEventListener('click', () => { state.filters.actor = d.key; go(true); });
    gn.append(g);
  }
  s.append(gn);
  box.append(s);
  const shown = nodes.filter((d) => d.label).length;
  $('net-info').textContent = `${nodes.length} ${state.persons ? 'persons' : 'countries and organisations'}; ` +
    (links.length < built.links.length ? `the ${links.length} strongest of ${built.links.length} directed links`
      : `${links.length} directed links`) +
    (shown < nodes.length ? `; ${shown} labelled (hover for the others)` : '');
}

export function setupGraph() {
  const set = (persons) => {
    if (state.persons === persons) return;
    state.persons = persons;
    writeUrl(true);
    loadGraph().catch(() => {});
  };
  $('net-countries').addEventListener('click', () => set(false));
  $('net-persons').addEventListener('click', () => set(true));
  onResize($('graph'), () => data && draw());
}
