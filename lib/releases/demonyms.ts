/**
 * Troop- and police-contributing countries with the ways releases name them: country names
 * (English, French) and demonyms (English, French), and the host States of the withdrawals tracked (Haiti, Lebanon,
 * Sudan: a gazetteer's host is read through this table and is never a contingent). General reference data, not tied to one
 * mission. French demonyms are listed in the masculine singular; their other forms are derived.
 */
import { anyOf, fold, isWordChar } from './text';

export interface Country {
  iso: string;
  name: string;
  /** Other names: short or official English forms, French forms. */
  names: string[];
  demonyms: string[];
  demonymsFr: string[];
}

/* prettier-ignore */
const TABLE: [iso: string, name: string, names: string, demonyms: string, demonymsFr: string][] = [
  ['AM', 'Armenia', 'Arménie', 'Armenian', 'arménien'],
  ['AR', 'Argentina', 'Argentine', 'Argentine|Argentinian', 'argentin'],
  ['AT', 'Austria', 'Autriche', 'Austrian', 'autrichien'],
  ['AU', 'Australia', 'Australie', 'Australian', 'australien'],
  ['BD', 'Bangladesh', '', 'Bangladeshi', 'bangladais'],
  ['BE', 'Belgium', 'Belgique', 'Belgian', 'belge'],
  ['BF', 'Burkina Faso', 'Burkina', 'Burkinabe|Burkinabé|Burkinabè', 'burkinabè|burkinabé'],
  ['BI', 'Burundi', '', 'Burundian', 'burundais'],
  ['BJ', 'Benin', 'Bénin', 'Beninese', 'béninois'],
  ['BN', 'Brunei Darussalam', 'Brunei|Brunéi', 'Bruneian', 'brunéien'],
  ['BR', 'Brazil', 'Brésil', 'Brazilian', 'brésilien'],
  ['BT', 'Bhutan', 'Bhoutan', 'Bhutanese', 'bhoutanais'],
  ['CA', 'Canada', '', 'Canadian', 'canadien'],
  ['CD', 'Democratic Republic of the Congo', 'DR Congo|DRC|République démocratique du Congo|RDC', '', ''],
  ['CF', 'Central African Republic', 'République centrafricaine', 'Central African', 'centrafricain'],
  ['CG', 'Republic of the Congo', 'Congo-Brazzaville', '', ''],
  ['CH', 'Switzerland', 'Suisse', 'Swiss', 'suisse'],
  ['CI', "Côte d'Ivoire", "Ivory Coast|Cote d'Ivoire", 'Ivorian', 'ivoirien'],
  ['CL', 'Chile', 'Chili', 'Chilean', 'chilien'],
  ['CM', 'Cameroon', 'Cameroun', 'Cameroonian', 'camerounais'],
  ['CN', 'China', 'Chine', 'Chinese', 'chinois'],
  ['CO', 'Colombia', 'Colombie', 'Colombian', 'colombien'],
  ['CY', 'Cyprus', 'Chypre', 'Cypriot', 'chypriote'],
  ['CZ', 'Czechia', 'Czech Republic|Tchéquie|République tchèque', 'Czech', 'tchèque'],
  ['DE', 'Germany', 'Allemagne', 'German|Bundeswehr', 'allemand'],
  ['DJ', 'Djibouti', '', 'Djiboutian', 'djiboutien'],
  ['DK', 'Denmark', 'Danemark', 'Danish|Dane', 'danois'],
  ['EE', 'Estonia', 'Estonie', 'Estonian', 'estonien'],
  ['EG', 'Egypt', 'Égypte', 'Egyptian', 'égyptien'],
  ['ES', 'Spain', 'Espagne', 'Spanish', 'espagnol'],
  ['ET', 'Ethiopia', 'Éthiopie', 'Ethiopian', 'éthiopien'],
  ['FI', 'Finland', 'Finlande', 'Finnish', 'finlandais'],
  ['FJ', 'Fiji', 'Fidji', 'Fijian', 'fidjien'],
  ['FR', 'France', '', 'French', 'français'],
  ['GA', 'Gabon', '', 'Gabonese', 'gabonais'],
  ['GB', 'United Kingdom', 'UK|Britain|Great Britain|Royaume-Uni', 'British', 'britannique'],
  ['GH', 'Ghana', '', 'Ghanaian', 'ghanéen'],
  ['GM', 'Gambia', 'The Gambia|Gambie', 'Gambian', 'gambien'],
  ['GN', 'Guinea', 'Guinée|Guinea-Conakry', 'Guinean', 'guinéen'],
  ['GQ', 'Equatorial Guinea', 'Guinée équatoriale', 'Equatoguinean|Equatorial Guinean', 'équato-guinéen'],
  ['GR', 'Greece', 'Grèce', 'Greek', 'grec|grecque'],
  ['GT', 'Guatemala', '', 'Guatemalan', 'guatémaltèque'],
  ['GW', 'Guinea-Bissau', 'Guinée-Bissau', 'Bissau-Guinean', 'bissau-guinéen'],
  ['HN', 'Honduras', '', 'Honduran', 'hondurien'],
  ['HR', 'Croatia', 'Croatie', 'Croatian', 'croate'],
  ['HT', 'Haiti', 'Haïti', 'Haitian', 'haïtien'],
  ['HU', 'Hungary', 'Hongrie', 'Hungarian', 'hongrois'],
  ['ID', 'Indonesia', 'Indonésie', 'Indonesian', 'indonésien'],
  ['IE', 'Ireland', 'Irlande', 'Irish', 'irlandais'],
  ['IN', 'India', 'Inde', 'Indian', 'indien'],
  ['IT', 'Italy', 'Italie', 'Italian', 'italien'],
  ['JO', 'Jordan', 'Jordanie', 'Jordanian', 'jordanien'],
  ['JP', 'Japan', 'Japon', 'Japanese', 'japonais'],
  ['KE', 'Kenya', '', 'Kenyan', 'kényan'],
  ['KH', 'Cambodia', 'Cambodge', 'Cambodian', 'cambodgien'],
  ['KR', 'Republic of Korea', 'South Korea|Corée du Sud|République de Corée', 'South Korean|Korean', 'sud-coréen|coréen'],
  ['KZ', 'Kazakhstan', '', 'Kazakh|Kazakhstani', 'kazakh'],
  ['LB', 'Lebanon', 'Liban', 'Lebanese', 'libanais'],
  ['LK', 'Sri Lanka', '', 'Sri Lankan', 'sri-lankais'],
  ['LR', 'Liberia', 'Libéria', 'Liberian', 'libérien'],
  ['LT', 'Lithuania', 'Lituanie', 'Lithuanian', 'lituanien'],
  ['LV', 'Latvia', 'Lettonie', 'Latvian', 'letton'],
  ['MA', 'Morocco', 'Maroc', 'Moroccan', 'marocain'],
  ['MD', 'Republic of Moldova', 'Moldova|Moldavie', 'Moldovan', 'moldave'],
  ['MG', 'Madagascar', '', 'Malagasy', 'malgache'],
  ['MK', 'North Macedonia', 'Macédoine du Nord', 'North Macedonian|Macedonian', 'macédonien'],
  ['ML', 'Mali', '', 'Malian', 'malien'],
  ['MN', 'Mongolia', 'Mongolie', 'Mongolian', 'mongol'],
  ['MR', 'Mauritania', 'Mauritanie', 'Mauritanian', 'mauritanien'],
  ['MT', 'Malta', 'Malte', 'Maltese', 'maltais'],
  ['MW', 'Malawi', '', 'Malawian', 'malawite'],
  ['MX', 'Mexico', 'Mexique', 'Mexican', 'mexicain'],
  ['MY', 'Malaysia', 'Malaisie', 'Malaysian', 'malaisien'],
  ['NA', 'Namibia', 'Namibie', 'Namibian', 'namibien'],
  ['NE', 'Niger', '', 'Nigerien', 'nigérien'],
  ['NG', 'Nigeria', 'Nigéria', 'Nigerian', 'nigérian'],
  ['NL', 'Netherlands', 'the Netherlands|Holland|Pays-Bas', 'Dutch', 'néerlandais'],
  ['NO', 'Norway', 'Norvège', 'Norwegian', 'norvégien'],
  ['NP', 'Nepal', 'Népal', 'Nepalese|Nepali', 'népalais'],
  ['NZ', 'New Zealand', 'Nouvelle-Zélande', 'New Zealander', 'néo-zélandais'],
  ['PE', 'Peru', 'Pérou', 'Peruvian', 'péruvien'],
  ['PK', 'Pakistan', '', 'Pakistani', 'pakistanais'],
  ['PL', 'Poland', 'Pologne', 'Polish', 'polonais'],
  ['PT', 'Portugal', '', 'Portuguese', 'portugais'],
  ['PY', 'Paraguay', '', 'Paraguayan', 'paraguayen'],
  ['QA', 'Qatar', '', 'Qatari', 'qatarien'],
  ['RO', 'Romania', 'Roumanie', 'Romanian', 'roumain'],
  ['RS', 'Serbia', 'Serbie', 'Serbian', 'serbe'],
  ['RU', 'Russian Federation', 'Russia|Russie|Fédération de Russie', 'Russian', 'russe'],
  ['RW', 'Rwanda', '', 'Rwandan|Rwandese', 'rwandais'],
  ['SD', 'Sudan', 'Soudan|the Sudan', 'Sudanese', 'soudanais'],
  ['SE', 'Sweden', 'Suède', 'Swedish|Swede', 'suédois'],
  ['SK', 'Slovakia', 'Slovaquie', 'Slovak', 'slovaque'],
  ['SL', 'Sierra Leone', '', 'Sierra Leonean', 'sierra-léonais'],
  ['SN', 'Senegal', 'Sénégal', 'Senegalese', 'sénégalais'],
  ['SV', 'El Salvador', '', 'Salvadoran|Salvadorian|Salvadorean', 'salvadorien'],
  ['TD', 'Chad', 'Tchad', 'Chadian', 'tchadien'],
  ['TG', 'Togo', '', 'Togolese', 'togolais'],
  ['TH', 'Thailand', 'Thaïlande', 'Thai', 'thaïlandais'],
  ['TN', 'Tunisia', 'Tunisie', 'Tunisian', 'tunisien'],
  ['TR', 'Türkiye', 'Turkey|Turquie', 'Turkish', 'turc|turque'],
  ['TZ', 'United Republic of Tanzania', 'Tanzania|Tanzanie', 'Tanzanian', 'tanzanien'],
  ['UA', 'Ukraine', '', 'Ukrainian', 'ukrainien'],
  ['UG', 'Uganda', 'Ouganda', 'Ugandan', 'ougandais'],
  ['US', 'United States', 'United States of America|USA|États-Unis', 'American', 'américain'],
  ['UY', 'Uruguay', '', 'Uruguayan', 'uruguayen'],
  ['VN', 'Viet Nam', 'Vietnam', 'Vietnamese', 'vietnamien'],
  ['YE', 'Yemen', 'Yémen', 'Yemeni', 'yéménite'],
  ['ZA', 'South Africa', 'Afrique du Sud', 'South African', 'sud-africain'],
  ['ZM', 'Zambia', 'Zambie', 'Zambian', 'zambien'],
  ['ZW', 'Zimbabwe', '', 'Zimbabwean', 'zimbabwéen'],
];

/** Where a contingent flies home to: the capital (and the main airport city where it differs). */
/* prettier-ignore */
const CAPITALS: Record<string, string> = {
  AM: 'Yerevan|Erevan',
  AR: 'Buenos Aires',
  AT: 'Vienna|Vienne|Wien',
  AU: 'Canberra',
  BD: 'Dhaka|Dacca',
  BE: 'Brussels|Bruxelles',
  BF: 'Ouagadougou|Ouaga',
  BI: 'Gitega|Bujumbura',
  BJ: 'Porto-Novo|Cotonou',
  BN: 'Bandar Seri Begawan',
  BR: 'Brasília|Brasilia',
  BT: 'Thimphu',
  CA: 'Ottawa',
  CD: 'Kinshasa',
  CF: 'Bangui',
  CG: 'Brazzaville',
  CH: 'Bern|Berne',
  CI: 'Yamoussoukro|Abidjan',
  CL: 'Santiago',
  CM: 'Yaoundé|Yaounde',
  CN: 'Beijing|Pékin',
  CO: 'Bogotá|Bogota',
  CY: 'Nicosia|Nicosie',
  CZ: 'Prague',
  DE: 'Berlin',
  DK: 'Copenhagen|Copenhague',
  EE: 'Tallinn',
  EG: 'Cairo|Le Caire',
  ES: 'Madrid',
  ET: 'Addis Ababa|Addis-Abeba',
  FI: 'Helsinki',
  FJ: 'Suva',
  FR: 'Paris',
  GA: 'Libreville',
  GB: 'London|Londres',
  GH: 'Accra',
  GM: 'Banjul',
  GN: 'Conakry',
  GQ: 'Malabo',
  GR: 'Athens|Athènes',
  GT: 'Guatemala City',
  GW: 'Bissau',
  HN: 'Tegucigalpa',
  HR: 'Zagreb',
  HU: 'Budapest',
  ID: 'Jakarta',
  IE: 'Dublin',
  IN: 'New Delhi|Delhi|New Dehli',
  IT: 'Rome',
  JO: 'Amman',
  JP: 'Tokyo',
  KE: 'Nairobi',
  KH: 'Phnom Penh',
  KR: 'Seoul|Séoul',
  KZ: 'Astana',
  LK: 'Colombo',
  LR: 'Monrovia',
  LT: 'Vilnius',
  LV: 'Riga',
  MA: 'Rabat',
  MD: 'Chișinău|Chisinau',
  MG: 'Antananarivo',
  MK: 'Skopje',
  ML: 'Bamako',
  MN: 'Ulaanbaatar|Oulan-Bator',
  MR: 'Nouakchott',
  MT: 'Valletta|La Valette',
  MW: 'Lilongwe',
  MX: 'Mexico City',
  MY: 'Kuala Lumpur',
  NA: 'Windhoek',
  NE: 'Niamey',
  NG: 'Abuja|Lagos',
  NL: 'Amsterdam|The Hague|La Haye',
  NO: 'Oslo',
  NP: 'Kathmandu|Katmandou',
  NZ: 'Wellington',
  PE: 'Lima',
  PK: 'Islamabad|Rawalpindi',
  PL: 'Warsaw|Varsovie',
  PT: 'Lisbon|Lisbonne',
  PY: 'Asunción|Asuncion',
  QA: 'Doha',
  RO: 'Bucharest|Bucarest',
  RS: 'Belgrade',
  RU: 'Moscow|Moscou',
  RW: 'Kigali',
  SE: 'Stockholm',
  SK: 'Bratislava',
  SL: 'Freetown',
  SN: 'Dakar',
  SV: 'San Salvador',
  TD: "N'Djamena|Ndjamena|N’Djamena",
  TG: 'Lomé|Lome',
  TH: 'Bangkok',
  TN: 'Tunis',
  TR: 'Ankara',
  TZ: 'Dodoma|Dar es Salaam',
  UA: 'Kyiv|Kiev',
  UG: 'Kampala|Entebbe',
  US: 'Washington',
  UY: 'Montevideo',
  VN: 'Hanoi',
  YE: "Sana'a|Sanaa",
  ZA: 'Pretoria|Johannesburg',
  ZM: 'Lusaka',
  ZW: 'Harare',
};

const list = (s: string) => (s ? s.split('|') : []);

export const COUNTRIES: readonly Country[] = TABLE.map(([iso, name, names, demonyms, demonymsFr]) => ({
  iso,
  name,
  names: list(names),
  demonyms: list(demonyms),
  demonymsFr: list(demonymsFr),
}));

const BY_ISO = new Map(COUNTRIES.map((c) => [c.iso, c]));

export function countryByIso(iso: string): Country | null {
  return BY_ISO.get(iso.toUpperCase()) ?? null;
}

/** English plural: "Chadians", "Pakistanis"; not for "Senegalese", "Dutch", "Swiss". */
function englishForms(demonym: string): string[] {
  return /(?:ese|sh|ch|ss|s)$/i.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}

/** French gender and number: sénégalais(e)(s), tchadien(ne)(s), marocain(e)(s), belge(s). */
function frenchForms(base: string): string[] {
  if (/(?:ais|ois)$/.test(base)) return [base, `${base}e`, `${base}es`];
  if (/(?:ien|éen|yen)$/.test(base)) return [base, `${base}s`, `${base}ne`, `${base}nes`];
  if (/on$/.test(base)) return [base, `${base}s`, `${base}ne`, `${base}nes`];
  if (/[eèéé]$/.test(base)) return [base, `${base}s`];
  return [base, `${base}e`, `${base}s`, `${base}es`];
}

export type CountryMentionKind = 'demonym' | 'name';

export interface CountryMention {
  iso: string;
  kind: CountryMentionKind;
  start: number;
  end: number;
  text: string;
}

interface Form {
  folded: string;
  iso: string;
  kind: CountryMentionKind;
  /** English words and all names are capitalised; "Turkey" the country, not "turkey". */
  needsCapital: boolean;
}

const FORMS: Form[] = (() => {
  const forms = new Map<string, Form>();
  const add = (text: string, iso: string, kind: CountryMentionKind, needsCapital: boolean) => {
    const folded = fold(text);
    const existing = forms.get(folded);
    // "Nigerians" (English) and "nigérians" (French) fold alike; the French form may be lower case.
    if (existing) existing.needsCapital &&= needsCapital;
    else forms.set(folded, { folded, iso, kind, needsCapital });
  };
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.names]) add(n, c.iso, 'name', true);
    for (const d of c.demonyms) for (const f of englishForms(d)) add(f, c.iso, 'demonym', true);
    for (const d of c.demonymsFr) for (const f of frenchForms(d)) add(f, c.iso, 'demonym', false);
  }
  // (`anyOf` matches the longest form at each place: "Guinea-Bissau" over "Guinea".)
  return [...forms.values()];
})();

const FORM_BY_FOLDED = new Map(FORMS.map((f) => [f.folded, f]));
/** (Not after a letter or a digit: `scan` would reject the match there anyway, and the engine skips those places faster.) */
const NOT_IN_A_WORD = '(?<![a-z0-9])';
const FORMS_RE = anyOf(FORMS.map((f) => f.folded), NOT_IN_A_WORD);

/** Mentions of the forms `re` matches (longest first), on word boundaries, capitalised where the form needs it. */
function scan(text: string, re: RegExp, forms: Map<string, Form>): CountryMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const folded = fold(text);
  const out: CountryMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const form = forms.get(m[0]);
    const bounded = !isWordChar(text[start - 1]) && !isWordChar(text[end]);
    if (!form || !bounded || (form.needsCapital && !/\p{Lu}/u.test(text[start]!))) {
      // Not a mention here; retry one character later so overlapping shorter forms still get a chance.
      re.lastIndex = start + 1;
      continue;
    }
    out.push({ iso: form.iso, kind: form.kind, start, end, text: text.slice(start, end) });
  }
  return out;
}

/** A flag emoji: two regional indicator letters ("🇸🇳" is SN). */
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;

/** "116 Casques bleus 🇸🇳 ont été rapatriés": a country's flag in a post stands for its demonym. */
function flagMentions(text: string): CountryMention[] {
  return [...text.matchAll(FLAG)]
    .map((m) => ({ iso: String.fromCharCode(...[...m[0]].map((c) => c.codePointAt(0)! - 0x1f1e6 + 65)), kind: 'demonym' as const, start: m.index, end: m.index + m[0].length, text: m[0] }))
    .filter((m) => countryByIso(m.iso) !== null);
}

/** Every country mention in the text, by name, demonym or flag, English or French, accents optional. */
export const findCountryMentions = (text: string): CountryMention[] => {
  const mentions = scan(text, FORMS_RE, FORM_BY_FOLDED);
  return typeof text === 'string' && /[\u{1F1E6}-\u{1F1FF}]/u.test(text) ? [...mentions, ...flagMentions(text)].sort((a, b) => a.start - b.start) : mentions;
};

const CAPITAL_BY_FOLDED = new Map(
  Object.entries(CAPITALS).flatMap(([iso, names]) => names.split('|').map((n): [string, Form] => [fold(n), { folded: fold(n), iso, kind: 'name', needsCapital: true }])),
);
const CAPITALS_RE = anyOf([...CAPITAL_BY_FOLDED.keys()], NOT_IN_A_WORD);

/** A contributing country's capital named in the text ("rentrés à Lomé", "flew on to Dhaka"): a way home, not a country. */
export const findCapitalMentions = (text: string): CountryMention[] => scan(text, CAPITALS_RE, CAPITAL_BY_FOLDED);
