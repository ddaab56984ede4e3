// build.mjs — the explorer's bundle step, run by the build (meson, through
// src/serve/meson.build) after `npm ci` in web/: esbuild bundles src/main.js
// and the npm packages it imports (d3-force, d3-geo, d3-brush,
// topojson-client) into one script, with two generated modules: the world
// outline of world-atlas (countries-110m) with ISO 3166-1 alpha-3 ids, and
// the country table (alpha-3 to alpha-2 and name) from Debian's iso-codes.
// The result is embedded in the binary by tools/embed_web.py: nothing is
// fetched at run time.
// usage: node web/build.mjs OUT.js
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node web/build.mjs OUT.js');
  process.exit(2);
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch (e) {
  console.error('build.mjs: esbuild is missing: run `npm ci` in web/ (./setup does)');
  process.exit(1);
}

const ISO = process.env.ISO_CODES || '/usr/share/iso-codes/json/iso_3166-1.json';

function countries() {
  let iso;
  try {
    iso = JSON.parse(readFileSync(ISO, 'utf8'))['3166-1'];
  } catch (e) {
    console.error(`build.mjs: ${ISO}: ${e.message} (Debian package iso-codes; ./setup installs it)`);
    process.exit(1);
  }
  const table = {};
  for (const c of iso) table[c.alpha_3] = [c.alpha_2, c.common_name || c.name];
  // Kosovo has no ISO code; parley (like the EU and the World Bank) uses XKX.
  table.XKX = ['XK', 'Kosovo'];
  return { table, byNumeric: new Map(iso.map((c) => [c.numeric, c.alpha_3])) };
}

// world-atlas names countries by ISO 3166-1 numeric codes (and Kosovo,
// Northern Cyprus and Somaliland by name only): the ids become alpha-3,
// what the store's events carry; the two without a code keep none.
function world(byNumeric) {
  const topo = JSON.parse(readFileSync(join(here, 'node_modules/world-atlas/countries-110m.json'), 'utf8'));
  for (const g of topo.objects.countries.geometries) {
    const a3 = g.id ? byNumeric.get(g.id) : g.properties.name === 'Kosovo' ? 'XKX' : undefined;
    if (a3) g.id = a3; else delete g.id;
  }
  delete topo.objects.land;
  return topo;
}

const { table, byNumeric } = countries();
const generated = {
  'parley:world': JSON.stringify(world(byNumeric)),
  'parley:countries': JSON.stringify(table),
};

const result = await esbuild.build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  legalComments: 'inline',
  write: false,
  logLevel: 'warning',
  plugins: [{
    name: 'parley-generated',
    setup(b) {
      b.onResolve({ filter: /^parley:/ }, (a) => ({ path: a.path, namespace: 'parley' }));
      b.onLoad({ filter: /.*/, namespace: 'parley' }, (a) => ({ contents: generated[a.path], loader: 'json' }));
    },
  }],
});
writeFileSync(out, result.outputFiles[0].contents);
