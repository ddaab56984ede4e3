// e2e.js — end-to-end test of `parley serve`'s web explorer in headless
// Chromium (Debian's /usr/bin/chromium driven by playwright-core), over a
// store of examples/ and a generated corpus (tests/browser.sh): every part
// at 1400 px and at 400 px — the events table, the timeline (dense range,
// Goldstein line, brush zoom), the map (choropleth, places, clicks), the
// network (levels, size by degree, directed edges, labels that do not
// overlap), downloads, word-form search, the document view, shared URLs,
// errors — with screenshots of each in SHOTS. Run by tests/browser.sh.
// usage: node e2e.js BASE_URL SCREENSHOT_DIR
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const base = process.argv[2];
const shots = process.argv[3];
let failures = 0;
function check(cond, what) {
  console.log((cond ? 'ok    ' : 'FAIL  ') + what);
  if (!cond) failures++;
}
const get = async (p) => (await fetch(base + p)).json();
const count = async (q) => (await get('/api/stats?pairs=0&' + q)).events;

// page.waitForFunction evaluates its predicate with eval inside the page,
// which the page's CSP forbids: poll with page.evaluate instead.
async function waitFor(page, fn, arg) {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate(fn, arg)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out waiting for ' + fn.toString().slice(0, 100));
}
const param = (page, k) => new URL(page.url()).searchParams.get(k);

// Everything on the page has been drawn for the current filters.
async function loaded(page) {
  await page.waitForSelector('#rows tr');
  await page.waitForSelector('#timeline svg, #timeline .empty');
  await page.waitForSelector('#map svg');
  await page.waitForSelector('#graph svg, #graph .empty');
  await page.waitForTimeout(300);
}

// Visible labels of the network, and circles of its nodes, in page
// pixels: no label may overlap another label or another node.
async function labelOverlaps(page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('#graph .node')].map((g) => ({
      key: g.dataset.key,
      c: g.querySelector('circle').getBoundingClientRect(),
      t: g.querySelector('text.label:not(.hover-only)'),
    }));
    const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const bad = [];
    const labels = boxes.filter((b) => b.t).map((b) => ({ key: b.key, r: b.t.getBoundingClientRect() }));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++)
        if (hit(labels[i].r, labels[j].r)) bad.push(labels[i].key + ' / ' + labels[j].key);
      for (const b of boxes)
        if (b.key !== labels[i].key && hit(labels[i].r, b.c)) bad.push(labels[i].key + ' on node ' + b.key);
    }
    return { labels: labels.length, nodes: boxes.length, bad };
  });
}

// Drags across the middle of the timeline (the brush).
async function brush(page, from, to) {
  const box = await page.locator('#timeline svg .brush .overlay').boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to, y, { steps: 8 });
  await page.mouse.up();
}

async function desktop(page, W) {
  const shot = (n) => page.screenshot({ path: path.join(shots, `${W}-${n}.png` ) });
  const part = (sel, n) => page.locator(sel).screenshot({ path: path.join(shots, `${W}-${n}.png`) });

  // 1. The page, unfiltered.
  const total = await count('');
  await page.goto(base + '/');
  await loaded(page);
  const nrows = await page.locator('#rows tr[data-id]').count();
  check(nrows === Math.min(50, total), `${W}: page shows ${nrows} rows of ${total} events`);
  check((await page.textContent('#summary')).includes(`${total.toLocaleString('en')} events`), `${W}: summary counts the events`);
  check(await page.locator('#rows mark.m-src').count() > 0, `${W}: evidence marks source mentions`);
  await shot('1-overview');

  // 2. The timeline: cut to the dense range, a Goldstein line, a brush.
  const week = await get('/api/series?by=month');
  const info = await page.textContent('#tl-info');
  const firstBar = await page.locator('#timeline .bar').first().getAttribute('data-period');
  check(/outside the dense range/.test(info) && firstBar > week.rows[0].period,
    `${W}: timeline cut to the dense range (first bar ${firstBar}, first event ${week.rows[0].period}; "${info.trim()}")`);
  check(await page.locator('#timeline path.gs-line').count() === 1, `${W}: timeline draws the mean Goldstein line`);
  check((await page.textContent('#legend')).includes('mean Goldstein'), `${W}: legend names the Goldstein line`);
  await part('.timeline-panel', '2-timeline');
  await brush(page, 0.45, 0.6);
  await waitFor(page, () => /from=.*to=/.test(location.search));
  const from = param(page, 'from'), to = param(page, 'to');
  await loaded(page);
  const dates = await page.locator('#rows td.date').allTextContents();
  check(dates.length > 0 && dates.every((d) => d >= from && d <= to + '~'),
    `${W}: brushing ${from} to ${to} filters the rows (${dates.length}, all in range)`);
  check(!(await page.locator('#tl-reset').isHidden()), `${W}: a button resets the zoom`);
  await part('.timeline-panel', '3-timeline-zoomed');
  await page.click('#tl-reset');
  await waitFor(page, () => !/from=/.test(location.search));
  await loaded(page);

  // 3. The map: countries shaded, places as points, clicks filter.
  const map = await get('/api/map');
  const has = await page.locator('#map path.country.has').evaluateAll((ps) => ps.map((p) => p.dataset.country));
  const apiC = new Set(map.countries.map((c) => c.country));
  check(has.length >= 0.8 * apiC.size && has.every((c) => apiC.has(c)),
    `${W}: map shades the ${has.length} countries with events (of ${apiC.size}; the rest are too small for the 1:110m outline)`);
  const shaded = await page.evaluate(() => new Set([...document.querySelectorAll('#map path.country.has')]
    .map((p) => getComputedStyle(p).fill)).size);
  check(shaded >= 3, `${W}: the choropleth uses ${shaded} shades`);
  check(await page.locator('#map circle.place').count() === map.places.length, `${W}: map has a point per place (${map.places.length})`);
  const radii = await page.locator('#map circle.place').evaluateAll((cs) => cs.map((c) => [c.dataset.place, +c.getAttribute('r')]));
  const big = map.places[0], small = map.places[map.places.length - 1];
  const r = new Map(radii);
  check(big.events > small.events && r.get(big.name) > r.get(small.name), `${W}: points are sized by count (${big.name} ${r.get(big.name)} > ${small.name} ${r.get(small.name)})`);
  await part('.map-panel', '4-map');
  const top = [...map.countries].sort((a, b) => b.events - a.events)[0];
  await page.locator(`#map path[data-country="${top.country}"]`).dispatchEvent('click');
  await waitFor(page, (c) => new URLSearchParams(location.search).get('actor') === c, top.country);
  await loaded(page);
  const nTop = await count('actor=' + top.country);
  check((await page.textContent('#summary')).startsWith(nTop.toLocaleString('en') + ' events'), `${W}: clicking ${top.country} on the map filters to its ${nTop} events`);
  check(await page.locator(`#map path.country.active[data-country="${top.country}"]`).count() === 1, `${W}: the map outlines the chosen country`);
  await page.goto(base + '/');
  await loaded(page);
  await page.locator(`#map circle[data-place="${small.name}"]`).dispatchEvent('click');
  await waitFor(page, (p) => new URLSearchParams(location.search).get('place') === p, small.name);
  check(true, `${W}: clicking the point of ${small.name} filters by the place`);
  await page.goto(base + '/');
  await loaded(page);

  // 4. The network: countries and organisations, size by degree, directed.
  const g = await get('/api/graph?level=country&nodes=40');
  const keys = await page.locator('#graph .node').evaluateAll((ns) => ns.map((n) => n.dataset.key));
  check(keys.length === g.nodes.length && g.nodes.every((n) => keys.includes(n.key)), `${W}: network shows the ${g.nodes.length} busiest countries and organisations`);
  check(keys.every((k) => !/ /.test(k)), `${W}: no person in the default network`);
  const deg = new Map(g.nodes.map((n) => [n.key, new Set()]));
  for (const e of g.edges) if (e.source !== e.target) { deg.get(e.source).add(e.target); deg.get(e.target).add(e.source); }
  const rs = await page.locator('#graph .node').evaluateAll((ns) => ns.map((n) => [n.dataset.key, +n.querySelector('circle').getAttribute('r')]));
  const byDeg = rs.map(([k, rr]) => [deg.get(k).size, rr]);
  check(byDeg.every(([d1, r1]) => byDeg.every(([d2, r2]) => d1 <= d2 || r1 >= r2)) && new Set(rs.map((x) => x[1])).size > 1,
    `${W}: node size grows with degree`);
  const edges = await page.locator('#graph path.edge').evaluateAll((es) => es.map((e) => [e.dataset.source, e.dataset.target, e.getAttribute('marker-end')]));
  check(edges.length > 0 && edges.every(([s, t, m]) => m && m.startsWith('url(#arrow-') && g.edges.some((e) => e.source === s && e.target === t)),
    `${W}: ${edges.length} edges, each directed as in the API`);
  const ov = await labelOverlaps(page);
  check(ov.labels >= Math.min(10, ov.nodes) && ov.bad.length === 0, `${W}: ${ov.labels} of ${ov.nodes} labels shown, none overlapping` + (ov.bad.length ? ': ' + ov.bad.slice(0, 5).join(', ') : ''));
  await part('.network-panel', '5-network');
  await page.click('#net-persons');
  await waitFor(page, () => new URLSearchParams(location.search).get('network') === 'persons');
  const gp = await get('/api/graph?level=person&nodes=30');
  await waitFor(page, (n) => document.querySelectorAll('#graph .node').length === n, gp.nodes.length);
  const pkeys = await page.locator('#graph .node').evaluateAll((ns) => ns.map((n) => n.dataset.key));
  check(pkeys.length === gp.nodes.length && gp.nodes.every((n) => n.name && pkeys.includes(n.key)), `${W}: "Persons" shows the ${pkeys.length} persons in most events`);
  const ov2 = await labelOverlaps(page);
  check(ov2.bad.length === 0, `${W}: persons' labels do not overlap (${ov2.labels} shown)`);
  await part('.network-panel', '6-network-persons');
  const node = page.locator('#graph .node').last();
  const nkey = await node.getAttribute('data-key');
  await node.dispatchEvent('click');
  await waitFor(page, (k) => new URLSearchParams(location.search).get('actor') === k, nkey);
  check(true, `${W}: clicking a node filters by ${nkey}`);

  // 5. Downloads of the filtered view.
  await page.goto(base + '/?actor=KAZ');
  await loaded(page);
  const nk = await count('actor=KAZ');
  const csvHref = await page.getAttribute('#dl-csv', 'href');
  const csvResp = await fetch(base + csvHref);
  const csv = await csvResp.text();
  check(csvResp.headers.get('content-type').startsWith('text/csv') && /attachment/.test(csvResp.headers.get('content-disposition')),
    `${W}: CSV download is an attachment (${csvHref})`);
  check(csv.split('\n').filter(Boolean).length === nk + 1 && csv.startsWith('id,'), `${W}: CSV has a header and the ${nk} filtered events`);
  const json = await (await fetch(base + await page.getAttribute('#dl-json', 'href'))).json();
  check(Array.isArray(json) && json.length === nk && json.every((e) => [e.source, e.target].some((a) => a && (a.country === 'KAZ' || (a.code || '').startsWith('KAZ')))),
    `${W}: JSON download has the ${nk} filtered events`);

  // 6. Search matches word forms, and says how.
  const nForms = await count('text=expel'), nExact = await count('text=' + encodeURIComponent('"expel"'));
  await page.goto(base + '/');
  await loaded(page);
  await page.fill('#f-text', 'expel');
  await page.click('#apply');
  await waitFor(page, () => new URLSearchParams(location.search).get('text') === 'expel');
  await loaded(page);
  await page.waitForSelector('#search-hint:not([hidden])');
  const hint = await page.textContent('#search-hint');
  check(nForms > nExact && (await page.textContent('#summary')).startsWith(nForms.toLocaleString('en')),
    `${W}: "expel" finds ${nForms} events with its forms ("expel" alone: ${nExact})`);
  check(/Searched for: .*expels.*expelled/.test(hint) && /double quotes/.test(hint) && /\*/.test(hint), `${W}: the hint lists the forms and says how to search one form or a prefix`);
  await shot('7-search');

  // 7. Filter by an actor through the autocomplete.
  await page.goto(base + '/');
  await loaded(page);
  await page.fill('#f-actor', 'nurtl');
  await page.waitForSelector('#ac-list li');
  const opt = page.locator('#ac-list li', { hasText: 'Murat Nurtleu' });
  check(await opt.count() === 1, 'autocomplete offers Murat Nurtleu');
  await opt.click();
  await waitFor(page, () => location.search.includes('actor=Murat'));
  await waitFor(page, () => [...document.querySelectorAll('#rows tr[data-id]')].length > 0 &&
    [...document.querySelectorAll('#rows tr[data-id]')].every((tr) => tr.textContent.includes('Nurtleu')));
  const want = await get('/api/events?actor=' + encodeURIComponent('Murat Nurtleu'));
  const got = await page.locator('#rows tr[data-id]').evaluateAll((trs) => trs.map((t) => t.dataset.id));
  check(want.count > 0 && JSON.stringify(got) === JSON.stringify(want.events.map((e) => e.id)), `actor filter shows the API's ${want.count} events, in order`);
  check(await page.locator('.chip[data-filter=actor]').count() === 1, 'a chip shows the actor filter');
  check((await page.textContent('#rows')).includes('Bakhtiyor Saidov'), 'expected counterpart Bakhtiyor Saidov is listed');

  // 8. Open a document from a row.
  const doc = want.events.find((e) => e.source.text && e.text.includes(e.source.text));
  await page.click(`#rows tr[data-id="${doc.id}"] a.doclink`);
  await page.waitForSelector('#docview:not([hidden]) #doc-text mark');
  check((await page.textContent('#doc-title')) === (doc.doc_title || doc.doc), 'document view shows the title');
  const dj = await get('/api/documents/' + encodeURIComponent(doc.doc));
  check(await page.locator('#doc-events li').count() === dj.events.length, `document lists its ${dj.events.length} events`);
  const marked = await page.locator('#doc-text mark.active').evaluateAll((ms) => ms.map((m) => m.textContent).join(''));
  check(marked.length > 0 && doc.text.startsWith(marked.slice(0, 20)), 'the clicked event\'s sentence is marked in the text');
  check(page.url().includes('document='), 'document is in the URL');
  const src = await page.locator('#doc-text mark.active.m-src').evaluateAll((ms) => ms.map((m) => m.textContent).join(''));
  check(src === doc.source.text, `the event's source mention is marked ("${src}")`);
  await shot('8-document');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#docview', { state: 'hidden' });

  // 9. A shared URL restores filters; a bad one shows the API's message.
  await page.goto(base + '/?actor=KAZ&type=CONSULT');
  await page.waitForSelector('#rows tr');
  check(await page.inputValue('#f-actor') === 'KAZ' && await page.inputValue('#f-type') === 'CONSULT', 'shared URL fills the filter bar');
  const types = await page.locator('#rows .type').allTextContents();
  check(types.length > 0 && types.every((t) => t === 'CONSULT'), `shared URL rows are all CONSULT (${types.length})`);
  await page.goto(base + '/?from=yesterday');
  await page.waitForSelector('#error:not([hidden])');
  check((await page.textContent('#error')).includes('from'), 'bad date shows an error naming "from"');
}

async function narrow(page, W) {
  const shot = (n, full) => page.screenshot({ path: path.join(shots, `${W}-${n}.png`), fullPage: !!full });
  const part = (sel, n) => page.locator(sel).screenshot({ path: path.join(shots, `${W}-${n}.png`) });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const within = (sel) => page.locator(sel).evaluateAll((es, w) => es.every((e) => {
    const r = e.getBoundingClientRect(); return r.left >= -0.5 && r.right <= w + 0.5; }), W);

  await page.goto(base + '/');
  await loaded(page);
  check(await overflow() <= 0, `${W}: nothing wider than the screen (overflow ${await overflow()} px)`);
  const head = await page.locator('header.top').boundingBox();
  check(head.height <= 60, `${W}: the header takes ${Math.round(head.height)} px with the filters folded`);
  await shot('1-overview');

  // Filters behind a button; the form fits.
  await page.click('#filters-toggle');
  await page.waitForSelector('#filters input#f-actor', { state: 'visible' });
  check(await within('#filters input, #filters select, #filters button'), `${W}: every filter field fits the width`);
  await shot('2-filters-open');
  await page.fill('#f-actor', 'KAZ');
  await page.click('#apply');
  await waitFor(page, () => new URLSearchParams(location.search).get('actor') === 'KAZ');
  await loaded(page);
  check(await page.locator('#f-actor').isHidden() && (await page.textContent('#filters-toggle')).includes('(1)'),
    `${W}: filtering folds the form; the button counts the filter`);

  // Events as cards, readable.
  check(await page.locator('table.events thead').isHidden(), `${W}: the table becomes cards (no header row)`);
  const evw = await page.locator('#rows tr[data-id] td.ev').first().evaluate((e) => e.getBoundingClientRect().width);
  check(evw >= W - 60, `${W}: evidence is ${Math.round(evw)} px wide`);
  check(await within('#rows tr[data-id]'), `${W}: cards fit the width`);
  await page.locator('.events-panel').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, document.querySelector('.events-panel').getBoundingClientRect().top - 50));
  await shot('3-events');

  // Timeline, map and network fit and work.
  await page.goto(base + '/');
  await loaded(page);
  check(await within('#timeline svg, #map svg, #graph svg'), `${W}: timeline, map and network fit the width`);
  check(await page.locator('#timeline path.gs-line').count() === 1, `${W}: timeline has its Goldstein line`);
  await part('.timeline-panel', '4-timeline');
  await brush(page, 0.4, 0.7);
  await waitFor(page, () => /from=.*to=/.test(location.search));
  check(true, `${W}: the brush zooms the timeline (${param(page, 'from')} to ${param(page, 'to')})`);
  await page.goto(base + '/');
  await loaded(page);
  const map = await get('/api/map');
  check(await page.locator('#map circle.place').count() === map.places.length && await page.locator('#map path.country.has').count() > 0,
    `${W}: map has its shaded countries and ${map.places.length} places`);
  await part('.map-panel', '5-map');
  const ov = await labelOverlaps(page);
  check(ov.nodes > 0 && ov.bad.length === 0, `${W}: network labels do not overlap (${ov.labels} of ${ov.nodes} shown)`);
  await part('.network-panel', '6-network');

  // The document view takes the screen, with a wide text column.
  const ev = (await get('/api/events?actor=KAZ&limit=1')).events[0];
  await page.goto(base + '/?document=' + encodeURIComponent(ev.doc));
  await page.waitForSelector('#docview:not([hidden]) #doc-text mark');
  const tw = await page.locator('#doc-text').evaluate((e) => e.getBoundingClientRect().width);
  check(tw >= W - 40, `${W}: the document's text column is ${Math.round(tw)} px wide`);
  check(await overflow() <= 0, `${W}: the document view fits the width`);
  await shot('7-document');
}

(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-chromium-'));
  // A fresh profile directory (--user-data-dir) for every run.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
    timeout: 60000,
  });
  try {
    for (const [W, H, run] of [[1400, 1000, desktop], [400, 860, narrow]]) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: W, height: H });
      const problems = [];
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(String(e)));
      page.setDefaultTimeout(15000);
      await run(page, W);
      check(problems.filter((p) => !p.includes('400')).length === 0, `${W}: no console errors or CSP violations` +
        (problems.length ? ': ' + problems.join(' | ') : ''));
      await page.close();
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(failures ? `${failures} check(s) failed` : 'all browser checks passed');
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
