/**
 * Sentence structure the extractor reads beyond a phrase list (decision 0015): French "dès",
 * referents across sentences, ceremonies that carry a handover, contingents going home,
 * environmental clean-ups. Every sentence here is made up for the test (none is in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractProposals, type ProposedMilestone } from '@/lib/releases';
import { seedGazetteer, siteId } from './helpers';

const gazetteer = seedGazetteer();
const id = (name: string) => siteId(gazetteer, name);
const brief = (ps: ProposedMilestone[]) => ps.map((p) => ({ type: p.type, date: p.date, siteId: p.siteId, status: p.status }));
const extract = (date: string, body: string) => brief(extractProposals({ date, body }, gazetteer));

describe('French "dès"', () => {
  it('dates a done event on that day', () => {
    expect(extract('2023-08-14', 'Dès le 3 août, les derniers Casques bleus avaient quitté Ogossagou.')).toEqual([
      { type: 'withdrawal_completed', date: '2023-08-03', siteId: id('Ogossagou'), status: 'achieved' },
    ]);
    expect(extract('2023-08-17', 'La base de Ber a été remise aux autorités maliennes dès le 13 août, plus tôt que prévu.')).toEqual([
      { type: 'site_handed_over', date: '2023-08-13', siteId: id('Ber'), status: 'achieved' },
    ]);
  });

  it('only bounds a plan', () => {
    expect(extract('2023-12-01', 'La MINUSMA quittera Gao dès le 20 décembre, si la sécurité le permet.')).toEqual([]);
    expect(extract('2023-12-01', 'Le camp de Gao pourra être remis dès le 20 décembre.')).toEqual([]);
    expect(extract('2023-12-10', 'La MINUSMA quittera Gao dès que la situation le permettra.')).toEqual([]);
  });
});
