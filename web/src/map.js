// map.js — the map from /api/map: the world outline of world-atlas
// (bundled at build time, Natural Earth 1:110m), countries shaded by the
// events their actors take part in, the places of events as points sized
// by count; a click on a country filters by it as an actor, on a point by
// the place. Drawn with d3-geo's Equal Earth projection.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import WORLD from 'parley:world';
import { $, el, svg, title, fmt, countryName, flag, onResize } from './util.js';
import { state, go, api, apiQuery } from './state.js';

const countries = feature(WORLD, WORLD.objects.countries).features
  .filter((f) => f.id !== 'ATA');
let data = null;

export async function loadMap() {
  const seq = state.seq;
  const d = await api('/api/map?' + apiQuery());
  if (seq !== state.seq) return;
  data = d;
  draw();
}

// Countries fall into five classes of equal size by their number of
// events (quantiles), light to dark blue: the shading reads the same
// whether a few countries take most events or all take a share.
const RAMP = ['#dbe6f3', '#a9c1de', '#6f95c3', '#3c679f', '#163a6e'];
function classes(values) {
  const v = [...values].sort((a, b) => a - b);
  const k = Math.min(RAMP.length, new Set(v).size);
  const breaks = [];
  for (let i = 1; i < k; i++) breaks.push(v[Math.floor((i * v.length) / k)]);
  return { breaks: [...new Set(breaks)], min: v[0], max: v[v.length - 1] };
}
function classOf(n, cl) {
  let i = 0;
  while (i < cl.breaks.length && n >= cl.breaks[i]) i++;
  return i + (RAMP.length - 1 - cl.breaks.length);
}

function draw() {
  const box = $('map');
  box.replaceChildren();
  if (!data) return;
  const W = Math.max(260, box.clientWidth), H = Math.round(W * 0.52);
  const proj = geoEqualEarth().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'FeatureCollection', features: countries });
  const path = geoPath(proj);
  const byCountry = new Map(data.countries.map((c) => [c.country, c]));
  const cl = classes(data.countries.map((c) => c.events));
  const active = state.filters.actor;
  const s = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': 'map of events: countries by events of their actors, places of events' });
  s.append(svg('path', { d: path({ type: 'Sphere' }), class: 'sphere' }));
  const g = svg('g', { class: 'countries' });
  for (const f of countries) {
    const c = f.id && byCountry.get(f.id);
    const p = svg('path', { d: path(f), class: 'country' + (c ? ' has' : '') + (f.id && f.id === active ? ' active' : ''),
      'data-country': f.id || null });
    // A style property, not an attribute: the stylesheet's fill would win.
    if (c) p.style.fill = RAMP[classOf(c.events, cl)];
    const name = (f.id && countryName(f.id)) || f.properties.name;
    p.append(title(c ? `${name} (${f.id}): ${fmt(c.events)} events` +
      (c.goldstein_mean !== null ? `, mean Goldstein ${c.goldstein_mean.toFixed(2)}` : '') : name));
    if (f.id) p.addEventListener('click', () => { state.filters.actor = f.id; go(true); });
    g.append(p);
  }
  s.append(g);
  // Places, the largest drawn first so that small ones stay clickable.
  const pmax = Math.max(1, ...data.places.map((p) => p.events));
  const gp = svg('g', { class: 'places' });
  for (const p of [...data.places].sort((a, b) => b.events - a.events)) {
    const xy = proj([p.lon, p.lat]);
    if (!xy) continue;
    const c = svg('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1),
      r: (2 + (W < 500 ? 6 : 8) * Math.sqrt(p.events / pmax)).toFixed(1), class: 'place', 'data-place': p.name });
    c.append(title(`${p.name}${p.country ? ' (' + p.country + ')' : ''}: ${fmt(p.events)} events here`));
    c.addEventListener('click', () => { state.filters.place = p.name; go(true); });
    gp.append(c);
  }
  s.append(gp);
  box.append(s);
  // Legend and what is not on the map.
  const lg = $('map-legend');
  lg.replaceChildren();
  if (data.countries.length) {
    // One swatch per class, with its range of events.
    const lows = [cl.min, ...cl.breaks], ramp = el('span', { class: 'ramp' });
    lows.forEach((lo, i) => {
      const hi = i + 1 < lows.length ? lows[i + 1] - 1 : cl.max;
      const sw = el('i', { title: lo === hi ? `${fmt(lo)} events` : `${fmt(lo)}–${fmt(hi)} events` });
      sw.style.background = RAMP[RAMP.length - lows.length + i];
      ramp.append(sw);
    });
    ramp.append(` countries by events of their actors (${fmt(cl.min)}–${fmt(cl.max)})`);
    lg.append(ramp);
  }
  lg.append(el('span', { class: 'dot' }, ` places of events (${fmt(data.places.length)})`));
  const top = data.countries.slice().sort((a, b) => b.events - a.events).slice(0, 3)
    .map((c) => `${flag(c.country)} ${c.country} ${fmt(c.events)}`).join(' · ');
  $('map-info').textContent = top ? 'most active: ' + top : 'no events with a country';
}

export function setupMap() {
  onResize($('map'), () => data && draw());
}
