// filters.js — the filter bar: form fields to and from the state, chips
// for the active filters, the actor autocomplete (/api/actors), the hint
// on how text search treats word forms, and the narrow screens' toggle.
import { $, el, flag, TYPES } from './util.js';
import { state, FILTERS, go, api } from './state.js';

export function fillForm() {
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
  let n = 0;
  for (const k of FILTERS) {
    if (!f[k]) continue;
    n++;
    chips.append(el('span', { class: 'chip', 'data-filter': k }, k + ': ' + f[k],
      el('button', { type: 'button', title: 'Remove this filter', 'aria-label': 'remove ' + k,
        onclick: () => { delete state.filters[k]; go(true); } }, '×')));
  }
  $('filters-toggle').textContent = n ? `Filters (${n})` : 'Filters';
  searchHint(f.text);
}

// Text search matches word forms (the store expands each plain
// lower-case word into its inflections); the hint says so, lists what a
// one-word search looked for (filled in by events.js from the API's
// text_query), and says how to ask for one form only or for a prefix.
function searchHint(text) {
  const box = $('search-hint');
  if (!text) { box.hidden = true; return; }
  box.replaceChildren(
    el('b', {}, 'Text search '),
    'finds the other forms of plain lower-case words (expel → expels, expelled, expelling; met → meet, meeting).',
    el('span', { id: 'search-forms' }),
    ' Put a word in "double quotes" for that form only, or end it with * for every word that starts so (',
    el('code', {}, 'sanction*'), ').');
  box.hidden = false;
}

export function readForm() {
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
  let items = [], sel = -1, timer = 0;
  const close = () => { list.hidden = true; sel = -1; };
  const pick = (a) => { input.value = a.key; close(); readForm(); closeNarrow(); go(true); };
  const render = () => {
    list.replaceChildren();
    items.forEach((a, i) => {
      const sub = [a.role, a.country || a.org].filter(Boolean).join(', ');
      list.append(el('li', { role: 'option', class: i === sel ? 'sel' : '',
        onmousedown: (e) => { e.preventDefault(); pick(a); } },
      el('span', {}, el('span', { class: 'flag' }, flag(a.country)), a.key,
        sub && a.key !== sub ? el('span', { class: 'n' }, ' ' + sub) : null),
      el('span', { class: 'n' }, a.events)));
    });
    list.hidden = items.length === 0;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    timer = setTimeout(async () => {
      try {
        const d = await api('/api/actors?' + new URLSearchParams({ q, limit: 12 }));
        if (input.value.trim() !== q) return;
        items = d.actors; sel = -1; render();
      } catch (e) { close(); }
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = items.length;
      sel = (sel + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      render();
    } else if (e.key === 'Enter' && sel >= 0) {
      e.preventDefault(); pick(items[sel]);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// On narrow screens the form is folded behind the "Filters" button.
function closeNarrow() {
  document.body.classList.remove('filters-open');
  $('filters-toggle').setAttribute('aria-expanded', 'false');
}

export function setupFilters() {
  const sel = $('f-type');
  for (const t of TYPES) sel.append(el('option', { value: t }, t));
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); readForm(); closeNarrow(); go(true); });
  $('f-type').addEventListener('change', () => { readForm(); go(true); });
  $('clear').addEventListener('click', () => { state.filters = {}; closeNarrow(); go(true); });
  $('filters-toggle').addEventListener('click', () => {
    const open = document.body.classList.toggle('filters-open');
    $('filters-toggle').setAttribute('aria-expanded', String(open));
  });
  setupAutocomplete();
}
