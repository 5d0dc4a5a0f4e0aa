import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { parse, TYPE, isPluralElement, isSelectElement, isTagElement, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { loadMessages, NAMESPACES } from '../../i18n/messages';
import { negotiateLocale } from '../../i18n/locales';
import { verdictMessage } from '../../lib/format/verdict';
import { formatDay } from '../../lib/format/dates';
import { computeProgress } from '../../lib/domain/progress';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Every ICU argument a message uses, however deeply nested in plural and select branches. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.literal) names.add(element.value);
      if (isPluralElement(element) || isSelectElement(element)) for (const option of Object.values(element.options)) walk(option.value);
      if (isTagElement(element)) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe('interface strings', () => {
  it('French has every English key, no other, with the same placeholders', async () => {
    const en = leaves((await loadMessages('en')) as unknown as Tree);
    const fr = leaves((await loadMessages('fr')) as unknown as Tree);
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, message] of en) {
      expect({ key, args: argumentsOf(fr.get(key) ?? '') }).toEqual({ key, args: argumentsOf(message) });
    }
  });

  it('loads every namespace in both languages', async () => {
    for (const locale of ['en', 'fr'] as const) {
      expect(Object.keys(await loadMessages(locale)).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it('picks the language the browser prefers among those it has', () => {
    expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('de-DE,de;q=0.9,en;q=0.5,fr;q=0.7')).toBe('fr');
    expect(negotiateLocale('de, es')).toBe('en');
    expect(negotiateLocale('fr;q=0, en')).toBe('en');
    expect(negotiateLocale(null)).toBe('en');
  });
});

describe('the verdict in words', () => {
  const sites = Array.from({ length: 4 }, (_, i) => ({ id: i + 1, plannedHandover: null }));
  const done = (id: number, date: string) => ({ id, siteId: id, type: 'site_handed_over' as const, date, status: 'achieved' as const, figure: null });
  const progress = (asOf: string, milestones: ReturnType<typeof done>[]) =>
    computeProgress({ asOf, deadline: '2023-12-31', drawdownStart: '2023-07-01', personnelInScope: null, sites, milestones });

  async function say(locale: 'en' | 'fr', asOf: string, milestones: ReturnType<typeof done>[]) {
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: 'common.reason' });
    const { key, values } = verdictMessage(progress(asOf, milestones).verdict, (d) => formatDay(d, locale));
    return t(key, values);
  }

  it('gives sites left, days left and the pace, as the issue words it', async () => {
    const m = [done(1, '2023-08-01'), done(2, '2023-09-01')];
    expect(await say('en', '2023-09-30', m)).toBe(
      '2 sites left, 92 days to the deadline, current pace 1 site every 45.5 days: projected to finish on 30 December 2023.',
    );
    expect(await say('fr', '2023-09-30', m)).toBe(
      '2 sites restants, 92 jours avant l’échéance, rythme actuel : 1 site tous les 45,5 jours ; fin prévue le 30 décembre 2023.',
    );
  });

  it('says when the pace misses the deadline, and when the deadline has passed', async () => {
    const m = [done(1, '2023-10-01')];
    expect(await say('en', '2023-10-02', m)).toMatch(/^3 sites left, 90 days to the deadline, current pace 1 site every 93 days: projected to finish on .* 2024, after the deadline\.$/);
    expect(await say('en', '2024-01-05', m)).toBe('Deadline 31 December 2023 passed 5 days ago with 3 sites left.');
    expect(await say('fr', '2024-01-01', m)).toBe('Échéance du 31 décembre 2023 dépassée depuis 1 jour, 3 sites restants.');
  });

  it('says when and how early it finished', async () => {
    const m = [done(1, '2023-08-01'), done(2, '2023-09-01'), done(3, '2023-12-01'), done(4, '2023-12-29')];
    expect(await say('en', '2024-02-01', m)).toBe('All 4 sites closed or handed over; finished on 29 December 2023, 2 days before the deadline.');
    expect(await say('fr', '2024-02-01', m)).toBe('Les 4 sites fermés ou rétrocédés ; terminé le 29 décembre 2023, 2 jours avant l’échéance.');
  });

  it('says so when nothing is done yet', async () => {
    expect(await say('en', '2023-06-01', [])).toBe('The withdrawal starts on 1 July 2023, in 30 days: 4 sites to close by 31 December 2023.');
    expect(await say('fr', '2023-06-30', [])).toBe('Le retrait commence le 1er juillet 2023, dans 1 jour : 4 sites à fermer d’ici le 31 décembre 2023.');
    expect(await say('en', '2023-07-10', [])).toBe('4 sites left, 174 days to the deadline; no site closed or handed over yet.');
  });
});
