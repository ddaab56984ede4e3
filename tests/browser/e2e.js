// e2e.js — end-to-end test of `parley serve`'s web explorer in headless
// Chromium (Debian's /usr/bin/chromium driven by playwright-core): loads
// the page over a store of examples/, filters by an actor through the
// autocomplete, checks the rows, opens a document, follows a shared URL
// and a click in the network graph. Run by tests/browser.sh.
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
    viewport: { width: 1440, height: 1000 },
    timeout: 60000,
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.setDefaultTimeout(15000);
    // page.waitForFunction evaluates its predicate with eval inside the
    // page, which the page's CSP forbids: poll with page.evaluate instead.
    const waitFor = async (fn, arg) => {
      for (let i = 0; i < 150; i++) {
        if (await page.evaluate(fn, arg)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('timed out waiting for ' + fn.toString().slice(0, 80));
    };

    // 1. The page, unfiltered.
    const all = await (await fetch(base + '/api/events?limit=500')).json();
    await page.goto(base + '/');
    await page.waitForSelector('#rows tr[data-id]');
    await page.waitForSelector('#graph svg .node');
    const nrows = await page.locator('#rows tr[data-id]').count();
    check(nrows === Math.min(50, all.count), `page shows ${nrows} rows, API has ${all.count} events`);
    check((await page.textContent('#summary')).includes(`${all.count} events`), 'summary counts the events');
    check(await page.locator('#timeline svg .bar').count() > 0, 'timeline has weekly bars');
    check(await page.locator('#graph svg .node').count() > 1, 'network graph has nodes');
    check(await page.locator('#rows mark.m-src').count() > 0, 'evidence marks source mentions');
    await page.screenshot({ path: path.join(shots, '1-overview.png'), fullPage: true });

    // 2. Filter by an actor through the autocomplete.
    await page.fill('#f-actor', 'nurtl');
    await page.waitForSelector('#ac-list li');
    const first = await page.textContent('#ac-list li');
    check(first.includes('Murat Nurtleu'), `autocomplete offers Murat Nurtleu (got "${first.trim()}")`);
    await page.click('#ac-list li');
    await waitFor(() => location.search.includes('actor=Murat'));
    await waitFor(() => [...document.querySelectorAll('#rows tr[data-id]')]
      .every((tr) => tr.textContent.includes('Nurtleu')));
    const want = await (await fetch(base + '/api/events?actor=' + encodeURIComponent('Murat Nurtleu'))).json();
    const got = await page.locator('#rows tr[data-id]').evaluateAll((trs) => trs.map((t) => t.dataset.id));
    check(want.count > 0 && got.length === want.count, `actor filter shows ${got.length} rows, API says ${want.count}`);
    check(JSON.stringify(got) === JSON.stringify(want.events.map((e) => e.id)), 'rows are the API events, in order');
    check(await page.locator('.chip[data-filter=actor]').count() === 1, 'a chip shows the actor filter');
    check((await page.textContent('#rows')).includes('Bakhtiyor Saidov'), 'expected counterpart Bakhtiyor Saidov is listed');
    await page.screenshot({ path: path.join(shots, '2-actor-filter.png'), fullPage: true });

    // 3. Open a document from a row.
    // An event whose source mention is in its own sentence (not a
    // coreference from an earlier one), so that it can be marked.
    const doc = want.events.find((e) => e.source.text && e.text.includes(e.source.text));
    await page.click(`#rows tr[data-id="${doc.id}"] a.doclink`);
    await page.waitForSelector('#docview:not([hidden]) #doc-text mark');
    check((await page.textContent('#doc-title')) === (doc.doc_title || doc.doc), 'document view shows the title');
    const dj = await (await fetch(base + '/api/documents/' + encodeURIComponent(doc.doc))).json();
    check(await page.locator('#doc-events li').count() === dj.events.length, `document lists its ${dj.events.length} events`);
    const marked = await page.locator('#doc-text mark.active').evaluateAll((ms) => ms.map((m) => m.textContent).join(''));
    check(marked.length > 0 && doc.text.startsWith(marked.slice(0, 20)), 'the clicked event\'s sentence is marked in the text');
    check(page.url().includes('document='), 'document is in the URL');
    const src = await page.locator('#doc-text mark.active.m-src').evaluateAll((ms) => ms.map((m) => m.textContent).join(''));
    check(src === doc.source.text, `the event's source mention is marked ("${src}")`);
    await page.screenshot({ path: path.join(shots, '3-document.png'), fullPage: false });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#docview', { state: 'hidden' });

    // 4. A shared URL restores filters.
    await page.goto(base + '/?actor=KAZ&type=CONSULT');
    await page.waitForSelector('#rows tr');
    check(await page.inputValue('#f-actor') === 'KAZ' && await page.inputValue('#f-type') === 'CONSULT', 'shared URL fills the filter bar');
    const types = await page.locator('#rows .type').allTextContents();
    check(types.length > 0 && types.every((t) => t === 'CONSULT'), `shared URL rows are all CONSULT (${types.length})`);

    // 5. Clicking a node in the graph filters by that actor.
    await page.goto(base + '/');
    await page.waitForSelector('#graph svg .node');
    // The last node drawn is the most active actor, on top of the others.
    const node = page.locator('#graph svg .node').last();
    const key = await node.getAttribute('data-key');
    await node.locator('circle').click();
    await waitFor((k) => new URLSearchParams(location.search).get('actor') === k, key);
    check(true, `graph click filters by ${key}`);

    // 6. A bad filter in the URL shows the API's message, not a blank page.
    await page.goto(base + '/?from=yesterday');
    await page.waitForSelector('#error:not([hidden])');
    check((await page.textContent('#error')).includes('from'), 'bad date shows an error naming "from"');

    check(problems.filter((p) => !p.includes('400')).length === 0, 'no console errors or CSP violations' +
      (problems.length ? ': ' + problems.join(' | ') : ''));
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(failures ? `${failures} check(s) failed` : 'all browser checks passed');
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
