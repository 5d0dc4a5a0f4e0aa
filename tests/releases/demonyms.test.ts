import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COUNTRIES, countryByIso, findCountryMentions } from '@/lib/releases';
import { findCapitalMentions } from '@/lib/releases/demonyms';
import { findContingentMentions } from '@/lib/releases/contingents';

const root = fileURLToPath(new URL('../../', import.meta.url));
const isos = (text: string) => findCountryMentions(text).map((m) => m.iso);

describe('country table', () => {
  it('covers the major contributors, each with a unique ISO code', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(COUNTRIES.map((c) => c.iso)).size).toBe(COUNTRIES.length);
    for (const iso of ['SN', 'TG', 'BD', 'TD', 'EG', 'NE', 'BF', 'CI', 'GN', 'BJ', 'NP', 'KH', 'CN', 'DE', 'SE', 'NO', 'NL', 'PK', 'IN', 'JO', 'MR', 'CM', 'NG', 'GH', 'RW', 'LK', 'SV', 'MX', 'BT', 'ID', 'TN', 'MA', 'KE', 'LR', 'SL', 'GM']) {
      expect(countryByIso(iso), iso).not.toBeNull();
    }
  });
});

describe('country table: every contributor a mission\'s gazetteer or seed lists', () => {
  it('names the countries of the corpus gazetteers and the UNIFIL seed, with their capitals', () => {
    const listed = [
      ...readdirSync(`${root}tests/releases/corpus/gazetteers`).flatMap((f) => (JSON.parse(readFileSync(`${root}tests/releases/corpus/gazetteers/${f}`, 'utf8')) as { countries: string[] }).countries),
      ...(JSON.parse(readFileSync(`${root}seeds/unifil-contingents.json`, 'utf8')) as { contingents: { countryIso: string }[] }).contingents.map((c) => c.countryIso),
    ];
    expect(listed.filter((iso) => countryByIso(iso) === null)).toEqual([]);
    expect(findCapitalMentions('landed in Santiago, Belgrade and Budapest').map((m) => m.iso)).toEqual(['CL', 'RS', 'HU']);
  });
  it.each([
    ['Chilean troops', 'CL'], ['les militaires chiliens', 'CL'], ['Serbian peacekeepers', 'RS'], ['casques bleus serbes', 'RS'],
    ['Hungarian', 'HU'], ['Maltese', 'MT'], ['soldats grecs', 'GR'], ['Croatian', 'HR'], ['Cypriot', 'CY'], ['Moldovan', 'MD'],
    ['Bruneian', 'BN'], ['Kazakh', 'KZ'], ['Armenian', 'AM'], ['Qatari', 'QA'], ['Colombian', 'CO'], ['North Macedonian', 'MK'],
    ['Honduran', 'HN'], ['Paraguayan', 'PY'],
  ])('%j → %s', (text, iso) => {
    expect(isos(text)).toEqual([iso]);
  });
});

describe('findCountryMentions', () => {
  it.each([
    ['Senegalese troops', 'SN'], ['les casques bleus sénégalais', 'SN'], ['la compagnie sénégalaise', 'SN'],
    ['Togolese peacekeepers', 'TG'], ['soldats togolais', 'TG'],
    ['the Bangladeshi contingent', 'BD'], ['le contingent bangladais', 'BD'], ['the Bangladesh Air Force', 'BD'],
    ['Chadian peacekeepers', 'TD'], ['Chadians', 'TD'], ['casques bleus tchadiens', 'TD'], ['policières tchadiennes', 'TD'],
    ['Egyptian battalion', 'EG'], ['égyptiens', 'EG'], ['Nigerien troops', 'NE'], ['Burkinabe contingent', 'BF'], ['burkinabè', 'BF'],
    ['Ivorian', 'CI'], ["Côte d'Ivoire", 'CI'], ['Cote d’Ivoire', 'CI'], ['Guinean', 'GN'], ['Beninese', 'BJ'], ['Nepalese', 'NP'], ['Cambodian', 'KH'],
    ['Chinese engineers', 'CN'], ['German', 'DE'], ['Swedish', 'SE'], ['Norwegian', 'NO'], ['Dutch', 'NL'], ['Pakistani', 'PK'], ['Indian', 'IN'],
    ['Jordanian', 'JO'], ['Mauritanian', 'MR'], ['Cameroonian', 'CM'], ['Nigerian', 'NG'], ['nigérians', 'NG'], ['Ghanaian', 'GH'], ['Rwandan', 'RW'],
    ['Sri Lankan', 'LK'], ['Salvadoran', 'SV'], ['Mexican', 'MX'], ['Bhutanese', 'BT'], ['Indonesian', 'ID'], ['Tunisian', 'TN'],
    ['Moroccan', 'MA'], ['Kenyan', 'KE'], ['Liberian', 'LR'], ['Sierra Leonean', 'SL'], ['Gambian', 'GM'], ['Guinea-Bissau', 'GW'],
  ])('%j → %s', (text, iso) => {
    expect(isos(text)).toEqual([iso]);
  });

  it('tells close names apart', () => {
    expect(isos('Niger and Nigeria; Nigerien and Nigerian')).toEqual(['NE', 'NG', 'NE', 'NG']);
    expect(isos('Guinea, Equatorial Guinea, Guinea-Bissau')).toEqual(['GN', 'GQ', 'GW']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Seven Togolese peacekeepers and the Sénégal contingent';
    for (const m of findCountryMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findCountryMentions(text).map((m) => [m.iso, m.kind])).toEqual([['TG', 'demonym'], ['SN', 'name']]);
  });

  it('does not match inside words or lower-case English words', () => {
    expect(isos('Indiana, Chadwick, roast turkey, a german-ish word, Togolesey')).toEqual([]);
  });
});

describe('findContingentMentions', () => {
  const contingents = (text: string) => findContingentMentions(text).map((m) => m.iso);
  it('keeps mentions that designate a unit', () => {
    expect(contingents('The last Senegalese troops left today')).toEqual(['SN']);
    expect(contingents('The Bangladesh Air Force supported air operations')).toEqual(['BD']);
    expect(contingents('peacekeepers from Chad')).toEqual(['TD']);
    expect(contingents('225 Uruguayens et 160 Péruviens')).toEqual(['UY', 'PE']);
    expect(contingents('les policiers de la 5e unité de police constituée chinoise')).toEqual(['CN']);
    expect(contingents('its last formed police unit, from China, withdrew')).toEqual(['CN']);
    expect(contingents('les casques bleus tchadiens ont rejoint Gao')).toEqual(['TD']);
    expect(contingents('in the presence of Nepalese, Bangladeshi and Senegalese peacekeepers')).toEqual(['NP', 'BD', 'SN']);
  });

  it('drops the host State and countries in passing', () => {
    expect(contingents('handed over to the Malian authorities and the Malian Armed Forces')).toEqual([]);
    expect(contingents('The United Nations mission in Mali pulled its last troops out of the camp')).toEqual([]);
    expect(contingents('la mission au Liban retire ses derniers soldats')).toEqual([]);
    expect(contingents('the late Captain Bahar of Chad, in Mali, via Dakar to Senegal')).toEqual([]);
  });
});
