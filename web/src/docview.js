// docview.js — the document view: the whole text with every event's
// evidence sentences marked and the list of its events; clicking an event
// marks its sentences and, in them, its source and target mentions.
// Spans are byte offsets into the UTF-8 text.
import { $, el, COLORS } from './util.js';
import { state, api, writeUrl } from './state.js';
import { typeBadge, label } from './events.js';

export async function openDoc(id, push, focusId) {
  state.docId = id;
  if (push !== undefined) writeUrl(push);
  const view = $('docview');
  $('doc-title').textContent = 'Loading…';
  $('doc-meta').textContent = '';
  $('doc-text').replaceChildren();
  $('doc-events').replaceChildren();
  view.hidden = false;
  document.body.classList.add('doc-open');
  let d;
  try { d = await api('/api/documents/' + encodeURIComponent(id)); } catch (e) {
    $('doc-title').textContent = 'Cannot open the document: ' + e.message; return;
  }
  if (state.docId !== id) return;
  $('doc-title').textContent = d.title || d.id;
  const meta = [d.date, d.source, d.id].filter(Boolean).join(' · ');
  $('doc-meta').replaceChildren(meta, d.url && /^https?:/.test(d.url)
    ? el('span', {}, ' · ', el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'source')) : '',
  ` · ${d.events.length} events`);
  const enc = new TextEncoder(), dec = new TextDecoder();
  const bytes = enc.encode(d.text);
  const spans = [];
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

export function closeDoc(push) {
  state.docId = null;
  $('docview').hidden = true;
  document.body.classList.remove('doc-open');
  writeUrl(push);
}

export function setupDoc() {
  $('doc-close').addEventListener('click', () => closeDoc(true));
  $('docview').addEventListener('click', (e) => { if (e.target === $('docview')) closeDoc(true); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('docview').hidden) closeDoc(true); });
}
