// util.js — small helpers of the explorer (web/src/, bundled by
// web/build.mjs): DOM and SVG builders, the PLOVER types and their
// colours, flags and country names (from the generated country table).
import COUNTRIES from 'parley:countries';

export const $ = (id) => document.getElementById(id);

export function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined && k !== false)
    e.append(k instanceof Node ? k : String(k));
  return e;
}

const SVGNS = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs, ...kids) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {}))
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  for (const k of kids) if (k !== null && k !== undefined)
    e.append(k instanceof Node ? k : String(k));
  return e;
}
export function title(text) { const t = svg('title'); t.textContent = text; return t; }

export const TYPES = ['CONSULT', 'SUPPORT', 'AGREE', 'COOPERATE', 'AID', 'CONCEDE',
  'RETREAT', 'REQUEST', 'REJECT', 'ACCUSE', 'PROTEST', 'THREATEN',
  'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
// Cooperative types in blues and greens, conflictual ones in oranges and
// reds, as QuadClass reads.
export const COLORS = {
  CONSULT: '#2d6cb5', SUPPORT: '#2a9d8f', AGREE: '#4caf50',
  COOPERATE: '#7cb342', AID: '#00897b', CONCEDE: '#8e7cc3',
  RETREAT: '#9e9e9e', REQUEST: '#5c6bc0', REJECT: '#f4a261',
  ACCUSE: '#e76f51', PROTEST: '#ef8a17', THREATEN: '#d62828',
  SANCTION: '#9d0208', MOBILIZE: '#6d597a', COERCE: '#b5179e',
  ASSAULT: '#370617' };

export function flag(iso3) {
  const c = iso3 && COUNTRIES[iso3];
  if (!c) return '';
  return String.fromCodePoint(...[...c[0]].map((ch) => 0x1F1E6 + ch.charCodeAt(0) - 65));
}
export function countryName(iso3) { const c = iso3 && COUNTRIES[iso3]; return c ? c[1] : null; }
export const fmt = (n) => Number(n).toLocaleString('en');

export function addDays(iso, n) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function addMonths(iso, n) {
  const d = new Date(iso.slice(0, 7) + '-01T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

// A width in pixels of text at the page's small chart font, for layouts
// that must know it before drawing.
let ctx2d = null;
export function textWidth(text, px) {
  if (!ctx2d) ctx2d = document.createElement('canvas').getContext('2d');
  ctx2d.font = `${px || 11}px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif`;
  return ctx2d.measureText(text).width;
}

// Redraws fn whenever box changes width (the page is responsive).
export function onResize(box, fn) {
  let w = box.clientWidth;
  new ResizeObserver(() => {
    if (Math.abs(box.clientWidth - w) < 2) return;
    w = box.clientWidth;
    fn();
  }).observe(box);
}
