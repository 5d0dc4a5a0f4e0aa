import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/releases';

/** The single date found in `text`, as [date, endDate, matched text]. */
function one(text: string, release: string) {
  const found = findDates(text, release);
  expect(found).toHaveLength(1);
  const d = found[0]!;
  expect(text.slice(d.start, d.end)).toBe(d.text);
  return [d.date, d.endDate, d.text];
}

describe('findDates: absolute dates', () => {
  it.each([
    ['left the camp on August 25, 2023, in the morning', '2023-08-31', '2023-08-25', 'August 25, 2023'],
    ['held on 25 August 2023.', '2023-08-31', '2023-08-25', '25 August 2023'],
    ['arrived in Gao on Wednesday, August 30, 2023.', '2023-08-31', '2023-08-30', 'Wednesday, August 30, 2023'],
    ['Bamako, 7 April 2022 - MINUSMA', '2022-04-07', '2022-04-07', '7 April 2022'],
    ['Bamako, October 10, 2023 - MINUSMA', '2023-10-10', '2023-10-10', 'October 10, 2023'],
    ['Bamako, le 3 août 2023 – La MINUSMA', '2023-08-04', '2023-08-03', '3 août 2023'],
    ['le 1er septembre 2023', '2023-09-02', '2023-09-01', '1er septembre 2023'],
    ['ce jeudi 31 août 2023.', '2023-09-01', '2023-08-31', 'jeudi 31 août 2023'],
    ['on the 5th of May 2023', '2023-05-06', '2023-05-05', '5th of May 2023'],
    ['on 16 oct. 2023', '2023-10-16', '2023-10-16', '16 oct. 2023'],
    ['on 2023-10-16', '2023-10-17', '2023-10-16', '2023-10-16'],
    ['deadline of December 31, 2023, approaches', '2023-08-25', '2023-12-31', 'December 31, 2023'],
  ])('%j', (text, release, date, matched) => {
    expect(one(text, release)).toEqual([date, null, matched]);
  });

  it('rejects impossible days', () => {
    expect(findDates('on 31 February 2023 and on February 30', '2023-03-01')).toEqual([]);
  });

  it('ignores bare years, years with months, and numbers', () => {
    expect(findDates('since 2013, in May 2023, Resolution 2690, 1,500 peacekeepers', '2023-08-01')).toEqual([]);
  });
});

describe('findDates: dates without a year', () => {
  it('takes the release year', () => {
    expect(one('in New York on Thursday, 26 May.', '2022-05-24')).toEqual(['2022-05-26', null, 'Thursday, 26 May']);
    expect(one('on 26 May', '2022-06-10')[0]).toBe('2022-05-26');
    expect(one('since May 18', '2022-06-02')[0]).toBe('2022-05-18');
  });

  it('takes the previous year when the release year would be over a month after the release', () => {
    expect(one('on 28 December', '2024-01-03')[0]).toBe('2023-12-28');
    expect(one('on 20 February', '2024-01-03')[0]).toBe('2023-02-20');
    expect(one('on 30 January', '2024-01-03')[0]).toBe('2024-01-30');
  });
});

describe('findDates: ranges', () => {
  it.each([
    ['conducted from 27 to 31 March by', '2022-04-07', '2022-03-27', '2022-03-31', 'from 27 to 31 March'],
    ['activities from May 18 to 22 in', '2022-06-02', '2022-05-18', '2022-05-22', 'from May 18 to 22'],
    ['between 1 and 3 June', '2023-06-10', '2023-06-01', '2023-06-03', 'between 1 and 3 June'],
    ['from 27 to 31 March 2021', '2022-04-07', '2021-03-27', '2021-03-31', 'from 27 to 31 March 2021'],
    ['du 27 au 31 mars', '2022-04-07', '2022-03-27', '2022-03-31', 'du 27 au 31 mars'],
    ['on 18-22 May', '2022-06-02', '2022-05-18', '2022-05-22', '18-22 May'],
    ['from 27 March to 2 April 2023', '2023-04-07', '2023-03-27', '2023-04-02', '27 March to 2 April 2023'],
  ])('%j', (text, release, start, end, matched) => {
    const [date, endDate, found] = one(text, release);
    expect([date, endDate]).toEqual([start, end]);
    expect(matched.endsWith(found!) || found!.endsWith(matched) || found === matched).toBe(true);
  });
});

describe('findDates: relative dates', () => {
  const release = '2023-08-04'; // a Friday
  it.each([
    ['left today', '2023-08-04'],
    ["condemns today's attack", '2023-08-04'],
    ['handed over yesterday', '2023-08-03'],
    ['the handover of the base the day before.', '2023-08-03'],
    ['on the previous day', '2023-08-03'],
    ['the next day', '2023-08-05'],
    ['tomorrow', '2023-08-05'],
    ['last Wednesday', '2023-08-02'],
    ['on Wednesday', '2023-08-02'],
    ['on Friday', '2023-08-04'],
    ['on Saturday', '2023-07-29'],
    ["aujourd'hui", '2023-08-04'],
    ['aujourd’hui', '2023-08-04'],
    ['hier', '2023-08-03'],
    ['la veille', '2023-08-03'],
    ['le lendemain', '2023-08-05'],
    ['mercredi dernier', '2023-08-02'],
    // The release is of a Friday: "last Friday" is the week before, "on Friday" today.
    ['last Friday', '2023-07-28'],
    ['vendredi dernier', '2023-07-28'],
    ['next Monday', '2023-08-07'],
  ])('%j', (text, date) => {
    expect(one(text, release)[0]).toBe(date);
  });

  it('counts a day from another ("three days after 13 December", "la veille du 13 août"), keeping the words that count', () => {
    const found = findDates('Three days after 13 December the camp closed; la veille du 13 août, le lendemain du 8 décembre, deux semaines avant le 31 décembre.', '2023-12-20');
    expect(found.map((d) => [d.date, d.text])).toEqual([
      ['2023-12-16', 'Three days after 13 December'],
      ['2023-08-12', 'la veille du 13 août'],
      ['2023-12-09', 'le lendemain du 8 décembre'],
      ['2023-12-17', 'deux semaines avant le 31 décembre'],
    ]);
  });

  it('keeps offsets and text for highlighting, several per text', () => {
    const text = 'The last convoy left the Ménaka camp on August 25, 2023, arrived in Gao on Wednesday, August 30, 2023, and was unloaded the next day.';
    const found = findDates(text, '2023-08-31');
    expect(found.map((d) => [d.date, d.text])).toEqual([
      ['2023-08-25', 'August 25, 2023'],
      ['2023-08-30', 'Wednesday, August 30, 2023'],
      ['2023-09-01', 'the next day'],
    ]);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('does not take "may" the verb for May without a day', () => {
    expect(findDates('The mission may withdraw', '2023-08-01')).toEqual([]);
  });
});

describe('findDates: robustness', () => {
  it('never throws and stays linear on pathological input', () => {
    for (const text of ['', '\ud800', '16 Oct '.repeat(20_000), 'from 27 to '.repeat(20_000), 'Monday '.repeat(20_000), '1'.repeat(100_000)]) {
      expect(Array.isArray(findDates(text, '2023-10-16'))).toBe(true);
    }
    expect(findDates(null as unknown as string, '2023-10-16')).toEqual([]);
  }, 10_000);
});

describe('findDates: a day and a two-digit month, a day of the month after a preposition', () => {
  it('reads "19/04", "(28/02)" and "19/04/2024" day first, and never a count such as "3/4"', () => {
    const at = (text: string) => findDates(text, '2024-04-26').map((d) => d.date);
    expect(at('A week earlier, on Fri 19/04, the Pakistanis closed their base.')).toEqual(['2024-04-19']);
    expect(at('Avant Kavumu : Kamanyola (28/02) et Bunyakiri (19/04).')).toEqual(['2024-02-28', '2024-04-19']);
    expect(at('le 19/04/2024 à Bukavu')).toEqual(['2024-04-19']);
    expect(at('Thread 3/4: the base is closed.')).toEqual([]);
  });
  it('reads "on the 13th" as that day of the release month, or the month before, and "the 19th and last contingent" as no day', () => {
    expect(findDates('the last convoy left Ber on the 13th, and was attacked', '2023-08-16').map((d) => d.date)).toEqual(['2023-08-13']);
    expect(findDates('it will close by the 30th.', '2023-08-16').map((d) => d.date)).toEqual(['2023-07-30']);
    expect(findDates('the 19th and last military contingent left', '2023-08-16')).toEqual([]);
  });
});

describe('findDates: a French day of the month alone ("parti de Ber le 13, …")', () => {
  it('reads it in the month named before it in the sentence, else as the last such day up to the release', () => {
    expect(one('parti de Ber le 13, le convoi a été visé', '2023-08-18')).toEqual(['2023-08-13', null, '13']);
    expect(one('parti de Ber le 20, le convoi a été visé', '2023-08-18')).toEqual(['2023-07-20', null, '20']);
    expect(findDates('En juin, la mission avait fermé ses bureaux, au Cap-Haïtien le 15 et aux Cayes le 20.', '2017-09-18').map((d) => d.date)).toEqual(['2017-06-15', '2017-06-20']);
  });
});

describe('findDates: a story told a year on ("One year ago today, …"; "On 21 October 2023 …, on Monday 23 October …")', () => {
  it('reads "one year ago today", "il y a un an jour pour jour" as the release\'s day a year back, and "two years ago" as no day', () => {
    expect(findDates('One year ago today, the last peacekeepers drove out of Kidal.', '2024-10-31').map((d) => d.date)).toEqual(['2023-10-31']);
    expect(findDates("Il y a un an jour pour jour, la MINUSMA quittait Kidal.", '2024-10-31').map((d) => d.date)).toEqual(['2023-10-31']);
    expect(findDates('The camp was looted two years ago.', '2024-10-31')).toEqual([]);
  });

  it('gives a year-less day the year of the story from its day on, not the release\'s, when the story is long before the release', () => {
    expect(findDates('On 21 October 2023 it left Tessalit, and on 23 October Aguelhok.', '2024-10-31').map((d) => d.date)).toEqual(['2023-10-21', '2023-10-23']);
    expect(findDates('on 5 July the troops left Mikenge', '2025-06-25', '2024-06-25').map((d) => d.date)).toEqual(['2024-07-05']);
    // (A story day close to the release changes nothing; nor does a weekday that names the release's year.)
    expect(findDates('on 5 July the troops left Mikenge', '2024-07-20', '2024-06-25').map((d) => d.date)).toEqual(['2024-07-05']);
    expect(findDates('Sat 11 Oct: a grenade fell near a position.', '2026-01-03', '2024-10-20').map((d) => d.date)).toEqual(['2025-10-11']);
  });
});

describe('findDates: a year the weekday before it contradicts (round 90)', () => {
  it('reads "mercredi 28 février 2023" in a release of 27 February 2024 as 28 February 2024, the Wednesday', () => {
    expect(one('la fermeture de la base pour le mercredi 28 février 2023.', '2024-02-27')).toEqual(['2024-02-28', null, 'mercredi 28 février 2023']);
    expect(one('closing the base on Wednesday, February 28, 2023.', '2024-02-27')).toEqual(['2024-02-28', null, 'Wednesday, February 28, 2023']);
  });

  it('keeps the year the text gives when the weekday agrees with it, or when it is not one year off the release', () => {
    expect(one('la base a fermé le mardi 28 février 2023.', '2024-02-27')).toEqual(['2023-02-28', null, 'mardi 28 février 2023']);
    expect(one('la base avait fermé le mercredi 28 février 2022.', '2024-02-27')).toEqual(['2022-02-28', null, 'mercredi 28 février 2022']);
  });
});

describe('round 108: a day named after a relative word ("yesterday (22)July 2024", "yesterday, 22 July")', () => {
  it('takes the day the text names over the relative word, and reads a bracketed day before its month', () => {
    expect(findDates('arrived in Sri Lanka yesterday (22)July 2024.', '2024-07-25').map((d) => d.date)).toEqual(['2024-07-22']);
    expect(findDates('arrived yesterday, 22 July 2024.', '2024-07-25').map((d) => d.date)).toEqual(['2024-07-22']);
    expect(findDates('arrived on Tuesday (23) July 2024.', '2024-07-25').map((d) => d.date)).toEqual(['2024-07-23']);
  });

  it('keeps the relative word when the day named is the same, and a bracketed count is no day', () => {
    expect(findDates('The handover is scheduled for today, 15 May.', '2019-05-15').map((d) => d.text)).toEqual(['today', '15 May']);
    expect(findDates('Two groups (2) left yesterday.', '2024-07-25').map((d) => d.date)).toEqual(['2024-07-24']);
  });
});
