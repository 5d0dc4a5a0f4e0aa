import { describe, expect, it } from 'vitest';
import { extractProposals, parseReleases, type ProposedMilestone } from '@/lib/releases';
import { readRepoFile, seedGazetteer, siteId } from './helpers';

const gazetteer = seedGazetteer();
const id = (name: string) => siteId(gazetteer, name);
const seedReleases = [
  ...parseReleases(readRepoFile('seeds/releases/000_c0a15f33855028c7.txt')).releases,
  ...parseReleases(readRepoFile('seeds/releases/001_84b8c72fe2d21900.txt')).releases,
];
const fromSeed = (date: string) => extractProposals(seedReleases.find((r) => r.date === date)!, gazetteer);
const brief = (ps: ProposedMilestone[]) => ps.map((p) => ({ type: p.type, date: p.date, siteId: p.siteId, status: p.status }));
const extract = (date: string, body: string) => extractProposals({ date, body }, gazetteer);

describe('extractProposals on the seed releases', () => {
  it('04 Aug 2023: Ogossagou handed over the day before, withdrawal completed that day by the Senegalese', () => {
    const ps = fromSeed('2023-08-04');
    expect(brief(ps)).toEqual([
      { type: 'withdrawal_completed', date: '2023-08-04', siteId: id('Ogossagou'), status: 'achieved' },
      { type: 'site_handed_over', date: '2023-08-03', siteId: id('Ogossagou'), status: 'achieved' },
    ]);
    expect(ps[0]).toMatchObject({ contingentId: 101, countryIso: 'SN', title: 'Withdrawal from Ogossagou completed' });
    expect(ps[1]!.title).toBe('Ogossagou handed over');
    for (const p of ps) {
      expect(p.confidence).toBeGreaterThan(0.5);
      expect(p.confidence).toBeLessThanOrEqual(1);
      for (const s of p.spans) expect(p.sentence.slice(s.start, s.end)).toBe(s.text);
    }
    expect(ps[1]!.spans.map((s) => [s.kind, s.text])).toEqual([
      ['site', 'Ogossagou'],
      ['type', 'handover'],
      ['date', 'the day before'],
    ]);
    // The dateline ("Bamako, August 4, 2023 -") is not part of the sentence: Bamako is not the subject.
    expect(ps[0]!.sentence.startsWith('The last Senegalese troops')).toBe(true);
  });

  it('31 Aug 2023: the last Ménaka convoy left on 25 August and arrived in Gao on 30 August', () => {
    const ps = fromSeed('2023-08-31');
    expect(brief(ps)).toEqual([
      { type: 'convoy_departed', date: '2023-08-25', siteId: id('Ménaka'), status: 'achieved' },
      { type: 'convoy_arrived', date: '2023-08-30', siteId: id('Ménaka'), status: 'achieved' },
    ]);
    expect(ps[1]!.title).toBe('Last Ménaka convoy arrived in Gao');
    expect(ps[1]!.spans.filter((s) => s.kind === 'site').map((s) => s.text)).toEqual(['Ménaka', 'Gao']);
  });

  it('16 Oct 2023: withdrawal started from Tessalit and Aguelhok; nothing achieved for Kidal', () => {
    const ps = fromSeed('2023-10-16');
    expect(brief(ps)).toEqual([
      { type: 'withdrawal_started', date: '2023-10-16', siteId: id('Tessalit'), status: 'achieved' },
      { type: 'withdrawal_started', date: '2023-10-16', siteId: id('Aguelhok'), status: 'achieved' },
    ]);
    expect(ps.some((p) => p.siteId === id('Kidal'))).toBe(false);
  });

  it('08 Dec 2021: an incident involving Togolese peacekeepers, at no site (the Bandiagara region is not one)', () => {
    const ps = fromSeed('2021-12-08');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ type: 'incident', date: '2021-12-08', siteId: null, countryIso: 'TG', contingentId: 102, status: 'achieved' });
  });

  it('10 Oct 2023: withdrawal from the outposts in Kidal is not the Kidal camp', () => {
    expect(fromSeed('2023-10-10')).toEqual([]);
  });

  it.each(['2022-06-02', '2022-05-24', '2022-04-07', '2022-06-14', '2022-05-26', '2023-08-11', '2023-08-25', '2023-08-16', '2023-08-17', '2023-09-20'])(
    '%s: no proposal (towns, New York, features, statistics, plans)',
    (date) => {
      expect(fromSeed(date)).toEqual([]);
    },
  );

  it('never proposes a site for the towns that are not sites', () => {
    for (const r of seedReleases) {
      for (const p of extractProposals(r, gazetteer)) {
        expect(p.spans.filter((s) => s.kind === 'site').map((s) => s.text)).not.toContain('Anefis');
      }
    }
  });
});

describe('extractProposals: sites', () => {
  it('matches accents either way and aliases', () => {
    const gaz = { sites: [{ id: 1, name: 'Menaka', aliases: [] }, { id: 2, name: 'Tombouctou', aliases: ['Timbuktu'] }], contingents: [] };
    const a = extractProposals({ date: '2023-08-20', body: 'MINUSMA has completed its withdrawal from the Ménaka camp.' }, gaz);
    const b = extractProposals({ date: '2023-08-20', body: 'MINUSMA today handed over its Timbuktu camp to the authorities.' }, gaz);
    expect(a.map((p) => p.siteId)).toEqual([1]);
    expect(b.map((p) => p.siteId)).toEqual([2]);
    expect(extract('2023-08-20', 'MINUSMA today handed over its camp in Sevare to the Malian authorities.').map((p) => p.siteId)).toEqual([id('Mopti-Sévaré')]);
  });

  it('does not take a region, a town or a place near a site for the site', () => {
    expect(extract('2023-10-16', 'Today MINUSMA started withdrawing from the Kidal region.')).toEqual([]);
    expect(extract('2023-10-16', 'Today MINUSMA handed over the checkpoint near Gao.')).toEqual([]);
    expect(extract('2023-10-16', 'Today MINUSMA handed over its base in Anefis to the Malian authorities.')).toEqual([]);
    expect(extract('2023-10-16', 'Today MINUSMA completed the withdrawal of its troops from the outposts in Kidal.')).toEqual([]);
  });

  it('does not match a site name inside another word', () => {
    expect(extract('2023-10-16', 'Today MINUSMA handed over the Gaoville camp.')).toEqual([]);
  });

  it('works for any mission: nothing comes from MINUSMA unless the gazetteer says so', () => {
    const gaz = { sites: [{ id: 7, name: 'Bunia', aliases: ['Camp Bunia'] }], contingents: [{ id: 9, countryIso: 'BD' }] };
    const ps = extractProposals({ date: '2024-06-30', body: 'Kinshasa, 30 June 2024 - The Mission today handed over its base in Bunia to the Congolese authorities. The Bangladeshi contingent has been repatriated.' }, gaz);
    expect(ps.map((p) => [p.type, p.siteId, p.contingentId, p.date])).toEqual([
      ['site_handed_over', 7, null, '2024-06-30'],
      ['contingent_repatriated', null, 9, '2024-06-30'],
    ]);
    expect(extractProposals({ date: '2023-08-04', body: 'The last troops left the Ogossagou camp today.' }, gaz)).toEqual([]);
  });
});

describe('extractProposals: types and dates', () => {
  it('reads a figure for personnel departed', () => {
    const ps = extract('2023-11-30', 'More than 10,500 peacekeepers have left Mali since the start of the withdrawal.');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ type: 'personnel_departed', figure: 10500, date: '2023-11-30', siteId: null });
    expect(ps[0]!.title).toBe('10,500 personnel departed');
  });

  it('reads an environmental assessment and asset disposal with their dates', () => {
    expect(brief(extract('2023-09-10', 'An environmental assessment of the Ansongo camp was completed on 5 September.'))).toEqual([
      { type: 'environmental_assessment', date: '2023-09-05', siteId: id('Ansongo'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-09-10', 'On 8 September, MINUSMA donated 20 generators to the hospital in Gao.')).map((p) => p.type)).toEqual(['asset_disposal']);
  });

  it('turns a dated future statement into a planned proposal, and drops an undated one', () => {
    expect(brief(extract('2023-12-03', 'The Mission will hand over its Ansongo camp on 18 December.'))).toEqual([
      { type: 'site_handed_over', date: '2023-12-18', siteId: id('Ansongo'), status: 'planned' },
    ]);
    expect(extract('2023-10-16', 'This will be followed by the withdrawal from the Kidal camp itself.')).toEqual([]);
    expect(extract('2023-10-16', 'MINUSMA will withdraw from Kidal.')).toEqual([]);
    expect(extract('2023-08-11', 'The Mission is gearing up for its scheduled withdrawal from Gao on 31 December 2023.')).toEqual([]);
  });

  it('drops negated statements', () => {
    expect(extract('2023-07-12', 'MINUSMA will not start withdrawing from its camp in Ber before the end of July.')).toEqual([]);
    expect(extract('2023-07-12', 'MINUSMA has not yet handed over the Ber camp today.')).toEqual([]);
    expect(extract('2023-07-12', 'La MINUSMA n’a pas encore commencé son retrait du camp de Ber aujourd’hui.')).toEqual([]);
  });

  it('dates a present-perfect report on the release day, with lower confidence', () => {
    const ps = extract('2023-08-15', 'MINUSMA has handed over its camp in Goundam to the Malian authorities.');
    expect(brief(ps)).toEqual([{ type: 'site_handed_over', date: '2023-08-15', siteId: id('Goundam'), status: 'achieved' }]);
    expect(ps[0]!.confidence).toBeLessThan(0.7);
  });

  it('proposes nothing for an undated simple past', () => {
    expect(extract('2023-08-15', 'MINUSMA handed over its camp in Goundam to the Malian authorities.')).toEqual([]);
  });

  it('resolves "on Monday" to the last Monday on or before the release', () => {
    expect(brief(extract('2023-10-25', 'MINUSMA completed its withdrawal from the Aguelhok camp on Monday.'))).toEqual([
      { type: 'withdrawal_completed', date: '2023-10-23', siteId: id('Aguelhok'), status: 'achieved' },
    ]);
  });

  it('reads French', () => {
    expect(brief(extract('2023-10-25', 'La MINUSMA a achevé hier son retrait du camp d’Aguelhok.'))).toEqual([
      { type: 'withdrawal_completed', date: '2023-10-24', siteId: id('Aguelhok'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-08-04', 'La MINUSMA a procédé aujourd’hui à la rétrocession du camp de Ber aux autorités maliennes.'))).toEqual([
      { type: 'site_handed_over', date: '2023-08-04', siteId: id('Ber'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-07-01', 'La MINUSMA a commencé son retrait de Ber le 1er juillet 2023.'))).toEqual([
      { type: 'withdrawal_started', date: '2023-07-01', siteId: id('Ber'), status: 'achieved' },
    ]);
    // A medal ceremony is a "remise" too, but not a handover.
    expect(extract('2023-07-01', 'Aujourd’hui, remise de médailles aux casques bleus à Gao.')).toEqual([]);
  });

  it('does not read statistics, tributes or opinions as events', () => {
    expect(extract('2023-05-29', 'Today, MINUSMA paid tribute to the 310 peacekeepers who have lost their lives since 2013.')).toEqual([]);
    expect(extract('2022-05-26', 'Improvised explosive devices are an invisible enemy.')).toEqual([]);
    expect(extract('2023-08-16', 'Today we discuss how camps are handed over to the host State.')).toEqual([]);
  });

  it('splits sentences around abbreviations and missing spaces', () => {
    const ps = extract('2023-08-04', 'Mr. Wane said the U.N. flag was lowered.The last Senegalese troops left the Ogossagou camp today.');
    expect(ps.map((p) => p.sentence)).toEqual(['The last Senegalese troops left the Ogossagou camp today.']);
  });

  it('keeps titles short', () => {
    for (const r of seedReleases) for (const p of extractProposals(r, gazetteer)) expect(p.title.length).toBeLessThanOrEqual(120);
  });
});

describe('extractProposals: sentence structure', () => {
  it('lets coordinated verbs share their site and day, and logs closure plus handover as the handover', () => {
    expect(brief(extract('2023-09-20', 'The Ber camp was closed and then transferred to the Malian authorities on 18 September.'))).toEqual([
      { type: 'site_handed_over', date: '2023-09-18', siteId: id('Ber'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-09-20', 'La MINUSMA a fermé lundi sa base de Goundam et l’a remise aux autorités civiles.'))).toEqual([
      { type: 'site_handed_over', date: '2023-09-18', siteId: id('Goundam'), status: 'achieved' },
    ]);
  });

  it('dates a when-clause, a while-clause and a participle from the main clause', () => {
    expect(brief(extract('2023-09-20', 'The second phase opened on 12 September, when MINUSMA handed its Ansongo camp to the governor.'))).toEqual([
      { type: 'site_handed_over', date: '2023-09-12', siteId: id('Ansongo'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-09-20', 'On 14 September the Douentza camp is handed to the prefect, while the last peacekeepers vacate Tessalit.'))).toEqual([
      { type: 'site_handed_over', date: '2023-09-14', siteId: id('Douentza'), status: 'achieved' },
      { type: 'withdrawal_completed', date: '2023-09-14', siteId: id('Tessalit'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-09-20', 'The mission pulled out of Ansongo on Monday, handing its camp to the civilian authorities.')).map((p) => [p.type, p.date])).toEqual([
      ['site_handed_over', '2023-09-18'],
    ]);
  });

  it('dates "one day after the base was handed over" from the main clause', () => {
    expect(brief(extract('2023-09-20', 'The last troops left the Ber camp today, two days after the base was formally handed over to the authorities.'))).toEqual([
      { type: 'withdrawal_completed', date: '2023-09-20', siteId: id('Ber'), status: 'achieved' },
      { type: 'site_handed_over', date: '2023-09-18', siteId: id('Ber'), status: 'achieved' },
    ]);
  });

  it('counts "N days earlier" from the event just dated', () => {
    const ps = extract('2023-09-20', 'The last troops left Gao on 15 September. Three days earlier the Mission had handed over its Ansongo camp to the authorities.');
    expect(brief(ps).find((p) => p.type === 'site_handed_over')).toEqual({ type: 'site_handed_over', date: '2023-09-12', siteId: id('Ansongo'), status: 'achieved' });
  });

  it('reads a dated timeline, one heading per entry', () => {
    const ps = extract('2023-12-01', 'Key dates. 21 October: the Douentza camp is handed over. 23 October: Aguelhok is abandoned without any handover.');
    expect(brief(ps)).toEqual([
      { type: 'site_handed_over', date: '2023-10-21', siteId: id('Douentza'), status: 'achieved' },
      { type: 'withdrawal_completed', date: '2023-10-23', siteId: id('Aguelhok'), status: 'achieved' },
    ]);
  });

  it('does not read a description of a site as an event', () => {
    const ps = extract('2023-09-20', 'MINUSMA completed on 16 September its withdrawal from Tessalit, the first camp it has closed in the north.');
    expect(brief(ps)).toEqual([{ type: 'withdrawal_completed', date: '2023-09-16', siteId: id('Tessalit'), status: 'achieved' }]);
  });

  it('reads idioms of a change of hands, and keeps their modality', () => {
    expect(brief(extract('2023-09-20', 'The Gao camp is now in the hands of the Malian army.'))).toEqual([
      { type: 'site_handed_over', date: '2023-09-20', siteId: id('Gao'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-09-19', 'Le camp de Timbuktu changera de mains vendredi.'))).toEqual([
      { type: 'site_handed_over', date: '2023-09-22', siteId: id('Timbuktu'), status: 'planned' },
    ]);
    expect(extract('2023-09-20', 'The Kidal camp fell into the hands of an armed group.').filter((p) => p.type === 'site_handed_over')).toEqual([]);
    // The state by tense, the act by its day: one handover, on the day the pronoun's sentence gives.
    expect(brief(extract('2023-09-22', 'Le camp de Ber est désormais entre les mains des autorités. La MINUSMA l’a remis jeudi au cours d’une cérémonie.'))).toEqual([
      { type: 'site_handed_over', date: '2023-09-21', siteId: id('Ber'), status: 'achieved' },
    ]);
  });

  it('pairs each site with the date that follows it, and makes an arrival of troops who left a site', () => {
    const ps = extract('2023-10-31', 'The convoys, which left Tessalit on 21 October and Aguelhok on 23 October, reached Gao on 29 October.');
    expect(brief(ps)).toEqual([
      { type: 'convoy_departed', date: '2023-10-21', siteId: id('Tessalit'), status: 'achieved' },
      { type: 'convoy_departed', date: '2023-10-23', siteId: id('Aguelhok'), status: 'achieved' },
      { type: 'convoy_arrived', date: '2023-10-29', siteId: id('Tessalit'), status: 'achieved' },
      { type: 'convoy_arrived', date: '2023-10-29', siteId: id('Aguelhok'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-09-20', 'Hier, les derniers Casques bleus ont quitté le camp de Ber et sont arrivés à Timbuktu.')).map((p) => p.type)).toEqual([
      'withdrawal_completed',
      'convoy_arrived',
    ]);
  });

  it('reports an obligation met as done, and an incident on the road at the site the troops left', () => {
    expect(brief(extract('2023-10-31', 'The Mission has been forced to destroy vehicles and ammunition it could not move.')).map((p) => [p.type, p.date])).toEqual([
      ['equipment_destroyed', '2023-10-31'],
    ]);
    const ps = extract('2023-11-03', 'The last convoy left Kidal on 31 October. Two peacekeepers were wounded in a similar blast on Wednesday.');
    expect(brief(ps).find((p) => p.type === 'incident')).toEqual({ type: 'incident', date: '2023-11-01', siteId: id('Kidal'), status: 'achieved' });
  });

  it('reads a list of sites with the verb left out ("X followed on the 13th and Y three days later")', () => {
    const ps = extract('2023-09-30', 'The Gao camp was closed on 2 September, Ber followed on the 9th and Goundam two days later.');
    expect(brief(ps).map((p) => [p.siteId, p.date])).toEqual([
      [id('Gao'), '2023-09-02'],
      [id('Ber'), '2023-09-09'],
      [id('Goundam'), '2023-09-11'],
    ]);
    const fr = extract('2023-09-30', 'Après la base de Gao, fermée le 2 septembre, celle de Ber le 9 et celle de Goundam deux jours plus tard.');
    expect(brief(fr).map((p) => [p.siteId, p.date])).toEqual([
      [id('Gao'), '2023-09-02'],
      [id('Ber'), '2023-09-09'],
      [id('Goundam'), '2023-09-11'],
    ]);
    // A site with no event of its own breaks the list.
    expect(brief(extract('2023-09-30', 'The Gao camp was closed on 2 September, Ber is next and Goundam two days later.')).map((p) => p.siteId)).toEqual([id('Gao')]);
  });

  it('does not take "earlier than planned" for a plan, and reads "à" after a closure as where', () => {
    expect(brief(extract('2023-09-30', '14 septembre – Ber : les Casques bleus quittent le camp plus tôt que prévu.'))).toEqual([
      { type: 'withdrawal_completed', date: '2023-09-14', siteId: id('Ber'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-09-28', 'Le chef de la mission a officiellement fermé ce jeudi les bureaux de la MINUSMA à Gao.'))).toEqual([
      { type: 'withdrawal_completed', date: '2023-09-28', siteId: id('Gao'), status: 'achieved' },
    ]);
  });

  it('reads a departure by road as the site\'s convoy too, and "the members of the unit" as the unit named before', () => {
    expect(brief(extract('2023-09-30', 'Today the last peacekeepers left the Ber camp in convoy.')).map((p) => p.type)).toEqual(['withdrawal_completed', 'convoy_departed']);
    const ps = extract('2023-09-30', 'The Togolese police unit has gone home. The 140 officers of the unit flew out on Thursday.');
    expect(ps.map((p) => [p.type, p.date, p.countryIso])).toEqual([['contingent_repatriated', '2023-09-28', 'TG']]);
  });

  it('does not give an event the date of a relative clause about something else, nor of the next quoted sentence', () => {
    expect(extract('2023-11-20', 'Late in November the Gao camp is handed over too, ahead of the phase that opens on 1 December.')).toEqual([]);
    expect(extract('2023-11-20', "The closure of the Gao camp is scheduled for early December. 'We are proud today,' the prefect said.")).toEqual([]);
  });

  it('reads equipment destroyed under constraint or in progress, and assets handed over with a site', () => {
    expect(extract('2023-10-31', 'The Mission has had, as a last resort, to destroy ammunition and vehicles.').map((p) => [p.type, p.date])).toEqual([
      ['equipment_destroyed', '2023-10-31'],
    ]);
    expect(extract('2023-10-31', 'Short of time, the peacekeepers are destroying generators they cannot take with them.').map((p) => [p.type, p.date])).toEqual([
      ['equipment_destroyed', '2023-10-31'],
    ]);
    expect(brief(extract('2023-10-31', 'On Monday the Mission turned its Gao camp over to the Government, along with 40 vehicles and generators.')).map((p) => [p.type, p.siteId])).toEqual([
      ['site_handed_over', id('Gao')],
      ['asset_disposal', id('Gao')],
    ]);
  });

  it('drops a topic of talks, another agency\'s loss, and keeps a tally on the release day', () => {
    expect(extract('2023-08-12', 'On Thursday the head of office met the governor to discuss security at the airstrip and an environmental assessment of the Ber camp.')).toEqual([]);
    expect(extract('2023-08-12', 'Mardi soir, un entrepôt du Programme alimentaire mondial a été attaqué à Gao.')).toEqual([]);
    expect(extract('2023-08-28', 'The phase ended on Friday with the closure of Ber, and 1,100 peacekeepers have so far been repatriated.').map((p) => [p.type, p.date, p.figure])).toEqual([
      ['withdrawal_completed', '2023-08-25', null],
      ['personnel_departed', '2023-08-28', 1100],
    ]);
  });

  it('pairs "respectivement le 13 et le 16" with two sites handed over by a pronoun, and dates a closure "with" its phase', () => {
    const ps = extract('2023-09-20', 'La MINUSMA a fermé ses camps de Ber et de Goundam respectivement le 13 et le 16 septembre, et les a transférés à l’État.');
    expect(brief(ps).map((p) => [p.type, p.siteId, p.date])).toEqual([
      ['site_handed_over', id('Ber'), '2023-09-13'],
      ['site_handed_over', id('Goundam'), '2023-09-16'],
    ]);
    const fr = extract('2023-09-20', 'La phase s’est achevée lundi avec la fermeture du camp de Gao, la base de Ber ayant, elle, été fermée le 2 septembre.');
    expect(brief(fr).map((p) => [p.siteId, p.date])).toEqual([
      [id('Gao'), '2023-09-18'],
      [id('Ber'), '2023-09-02'],
    ]);
  });

  it('reads troops welcomed home and a return to a named country as a repatriation', () => {
    expect(extract('2023-10-03', 'The last Togolese soldiers landed at Lomé airport on Monday and were welcomed home.').map((p) => [p.type, p.date, p.countryIso])).toEqual([
      ['contingent_repatriated', '2023-10-02', 'TG'],
    ]);
    expect(extract('2023-10-03', 'Le retour au Sénégal de l’arrière-garde est prévu le 8 octobre.').map((p) => [p.type, p.date, p.status, p.countryIso])).toEqual([
      ['contingent_repatriated', '2023-10-08', 'planned', 'SN'],
    ]);
    expect(extract('2023-10-03', 'Le retour au calme est attendu lundi.')).toEqual([]);
  });

  it('reads a base named by the town beside it, a split verb with an apposition, and keeps parts and ceremonies out', () => {
    expect(brief(extract('2023-10-15', 'Hundreds of people stormed the former logistics base outside Gao on Saturday.'))).toEqual([
      { type: 'incident', date: '2023-10-14', siteId: id('Gao'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-10-15', 'On 12 October the battalion handed the Ansongo camp, one of the sites it occupied, over to the Malian Government.'))).toEqual([
      { type: 'site_handed_over', date: '2023-10-12', siteId: id('Ansongo'), status: 'achieved' },
    ]);
    expect(extract('2023-10-15', 'The Gao camp stays open. The looting hit the northern section of the base, which the UN had handed to the authorities on 12 October.').filter((p) => p.type === 'site_handed_over')).toEqual([]);
    expect(extract('2023-10-15', 'MINUSMA is to hold a ceremony on Monday to close its headquarters on the outskirts of Bamako.')).toEqual([]);
  });

  it('reads the list after a colon that a counted object announces', () => {
    expect(brief(extract('2023-10-15', 'MINUSMA closed three more camps this month: its Ber camp on 2 October, Goundam on 5 October and Ansongo on 9 October.'))).toEqual([
      { type: 'withdrawal_completed', date: '2023-10-02', siteId: id('Ber'), status: 'achieved' },
      { type: 'withdrawal_completed', date: '2023-10-05', siteId: id('Goundam'), status: 'achieved' },
      { type: 'withdrawal_completed', date: '2023-10-09', siteId: id('Ansongo'), status: 'achieved' },
    ]);
    expect(brief(extract('2023-10-15', 'MINUSMA will close two more camps: Ber on 20 October and Ansongo on 29 October.')).map((p) => [p.siteId, p.date, p.status])).toEqual([
      [id('Ber'), '2023-10-20', 'planned'],
      [id('Ansongo'), '2023-10-29', 'planned'],
    ]);
  });

  it('reads troops "based there" moving on "the following day" as a convoy from the site just named', () => {
    const ps = extract('2023-10-23', 'On Saturday 21 October, MINUSMA handed its Ber camp to the prefect. The Senegalese troops who had been based there headed south the following day.');
    expect(ps.map((p) => [p.type, p.date, p.siteId, p.countryIso])).toEqual([
      ['site_handed_over', '2023-10-21', id('Ber'), null],
      ['convoy_departed', '2023-10-22', id('Ber'), 'SN'],
    ]);
  });

  it('does not read the wounded of an incident told, or leaving a hospital, as new events', () => {
    expect(extract('2023-11-02', 'L’un des blessés de mercredi a été transféré ce jeudi vers Bamako.')).toEqual([]);
    expect(extract('2023-11-02', 'Au total, 37 soldats de la paix ont été soignés et tous ont quitté l’hôpital jeudi.')).toEqual([]);
  });

  it('reads damage done to a mission position as an incident', () => {
    expect(brief(extract('2023-10-15', 'Two bulldozers destroyed the perimeter wall of the Gao camp on Saturday and forced their way in.'))).toEqual([
      { type: 'incident', date: '2023-10-14', siteId: id('Gao'), status: 'achieved' },
    ]);
  });

  it('keeps a participle describing the convoy from being its departure', () => {
    const ps = extract('2023-11-03', 'Un véhicule du convoi parti de Kidal a heurté mercredi un engin explosif.');
    expect(brief(ps)).toEqual([{ type: 'incident', date: '2023-11-01', siteId: id('Kidal'), status: 'achieved' }]);
  });
});

describe('extractProposals robustness', () => {
  it('never throws, whatever it is given', () => {
    const bodies = ['', '.', '\ud800', 'attack '.repeat(5000), 'the last convoy left Gao today and arrived in Gao today. '.repeat(300), 'Gao '.repeat(10_000)];
    for (const body of bodies) expect(Array.isArray(extract('2023-10-16', body))).toBe(true);
    expect(extractProposals(null as never, gazetteer)).toEqual([]);
    expect(extractProposals({ date: '2023-10-16', body: 'MINUSMA today handed over the Gao camp.' }, null as never)).toEqual([]);
    expect(extractProposals({ date: '2023-10-16', body: 'x' }, { sites: [{ id: 1, name: '', aliases: [null as never] }], contingents: [] })).toEqual([]);
  }, 10_000);
});
