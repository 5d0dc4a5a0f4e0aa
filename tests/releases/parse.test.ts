import { describe, expect, it } from 'vitest';
import { parseReleases } from '@/lib/releases';
import { readRepoFile } from './helpers';

const FILE_000 = readRepoFile('seeds/releases/000_c0a15f33855028c7.txt');
const FILE_001 = readRepoFile('seeds/releases/001_84b8c72fe2d21900.txt');

describe('parseReleases on the seed files', () => {
  it('finds the 9 releases of file 000, in order, with their dates', () => {
    const { releases, reason } = parseReleases(FILE_000);
    expect(reason).toBeUndefined();
    expect(releases.map((r) => r.date)).toEqual([
      '2022-06-14', '2022-06-04', '2022-06-02', '2022-05-31', '2022-05-26',
      '2022-05-24', '2022-04-07', '2022-01-20', '2021-12-08',
    ]);
  });

  it('finds the 10 releases of file 001 (heading line, bullets), in order, with their dates', () => {
    const { releases } = parseReleases(FILE_001);
    expect(releases.map((r) => r.date)).toEqual([
      '2023-10-16', '2023-10-14', '2023-10-10', '2023-09-20', '2023-08-31',
      '2023-08-25', '2023-08-17', '2023-08-16', '2023-08-11', '2023-08-04',
    ]);
  });

  it('finds 19 releases across both files, all English, none with a title', () => {
    const all = [...parseReleases(FILE_000).releases, ...parseReleases(FILE_001).releases];
    expect(all).toHaveLength(19);
    expect(all.every((r) => r.language === 'en' && r.title === null)).toBe(true);
  });

  it('reads the text of the 04 Jun 2022 item from the next line', () => {
    const item = parseReleases(FILE_000).releases.find((r) => r.date === '2022-06-04')!;
    expect(item.body).toBe(
      'Jacqueline Feinting has blazed the trail for women peacekeepers ever since she deployed as one of the first Cameroonian women corrections officers to her first peacekeeping mission in 2014.',
    );
  });

  it('keeps the 14 Oct 2023 item cut mid-word as it is', () => {
    const item = parseReleases(FILE_001).releases.find((r) => r.date === '2023-10-14')!;
    expect(item.body.startsWith('New York – The United Nations is gravely concerned')).toBe(true);
    expect(item.body.endsWith('by the M')).toBe(true);
  });

  it('trims the body and strips the bullet and date heading', () => {
    const item = parseReleases(FILE_001).releases[0]!;
    expect(item.body.startsWith('New-York, 16 October 2023 - Staying in peacekeeping.')).toBe(true);
    expect(item.body.endsWith('This will be followed by the Kidal camp itself.')).toBe(true);
  });

  it('gives each release a sha256 content hash that ignores whitespace differences', () => {
    const a = parseReleases('16 Oct 2023 - Some   text\n here.').releases[0]!;
    const b = parseReleases('• 16 Oct 2023 -  Some text here.  ').releases[0]!;
    const c = parseReleases('17 Oct 2023 - Some text here.').releases[0]!;
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.contentHash).toBe(b.contentHash);
    expect(c.contentHash).not.toBe(a.contentHash);
    const hashes = new Set([...parseReleases(FILE_000).releases, ...parseReleases(FILE_001).releases].map((r) => r.contentHash));
    expect(hashes.size).toBe(19);
  });

  it('hashes NFC and NFD spellings alike', () => {
    const nfc = parseReleases('16 Oct 2023 - Ménaka'.normalize('NFC')).releases[0]!;
    const nfd = parseReleases('16 Oct 2023 - Ménaka'.normalize('NFD')).releases[0]!;
    expect(nfc.contentHash).toBe(nfd.contentHash);
  });
});

describe('parseReleases heading forms', () => {
  it.each([
    ['16 Oct 2023 - Text.', '2023-10-16'],
    ['6 Oct 2023 - Text.', '2023-10-06'],
    ['16 October 2023 – Text.', '2023-10-16'],
    ['16 Sept 2023 — Text.', '2023-09-16'],
    ['16 oct. 2023 - Texte.', '2023-10-16'],
    ['3 août 2023 - Texte.', '2023-08-03'],
    ['3 aout 2023 - Texte.', '2023-08-03'],
    ['1er décembre 2023 - Texte.', '2023-12-01'],
    ['29 Feb 2024 - Text on a leap day.', '2024-02-29'],
    ['• 16 Oct 2023 - Text.', '2023-10-16'],
    ['  - 16 Oct 2023 - Text.', '2023-10-16'],
    ['* 16 Oct 2023 - Text.', '2023-10-16'],
    ['· 16 Oct 2023 - Text.', '2023-10-16'],
    ['\t16 Oct 2023\u00a0-\u00a0Text.', '2023-10-16'],
  ])('accepts %j', (line, date) => {
    const { releases } = parseReleases(line);
    expect(releases.map((r) => r.date)).toEqual([date]);
    expect(releases[0]!.body).toMatch(/^Text/);
  });

  it('does not take an impossible date as a heading: it stays in the previous body', () => {
    const { releases } = parseReleases('16 Oct 2023 - First.\n31 Feb 2023 - Not a heading.\n29 Feb 2023 - Nor this.');
    expect(releases).toHaveLength(1);
    expect(releases[0]!.body).toBe('First.\n31 Feb 2023 - Not a heading.\n29 Feb 2023 - Nor this.');
  });

  it('only starts a release at the start of a line, not at a dateline inside the text', () => {
    const { releases } = parseReleases('07 Apr 2022 - Bamako, 7 April 2022 - MINUSMA reiterates its concern.');
    expect(releases).toHaveLength(1);
    expect(releases[0]!.body).toBe('Bamako, 7 April 2022 - MINUSMA reiterates its concern.');
  });

  it('keeps multi-paragraph bodies and windows line endings', () => {
    const { releases } = parseReleases('16 Oct 2023 - First paragraph.\r\n\r\nSecond paragraph.\r\n17 Oct 2023 - Next.');
    expect(releases.map((r) => r.body)).toEqual(['First paragraph.\n\nSecond paragraph.', 'Next.']);
  });

  it('takes a title only when clearly present: a short line without final punctuation, then text', () => {
    const { releases } = parseReleases(
      '22 Oct 2023 - MINUSMA completes its withdrawal from Aguelhok\nBamako, 22 October 2023 - MINUSMA completed its withdrawal.',
    );
    expect(releases[0]!.title).toBe('MINUSMA completes its withdrawal from Aguelhok');
    expect(releases[0]!.body).toBe('Bamako, 22 October 2023 - MINUSMA completed its withdrawal.');
    expect(parseReleases('22 Oct 2023 - One sentence.\nAnother sentence.').releases[0]!.title).toBeNull();
  });

  it('keeps the quotation mark that opens the text after the heading', () => {
    expect(parseReleases('25 Oct 2023 - « Nous avons quitté le camp ce matin », a dit le porte-parole.').releases[0]!.body).toBe('« Nous avons quitté le camp ce matin », a dit le porte-parole.');
    expect(parseReleases('25 Oct 2023 - "We left the camp today," the spokesman said.').releases[0]!.body).toBe('"We left the camp today," the spokesman said.');
  });

  it('drops a heading with no text at all', () => {
    const { releases } = parseReleases('16 Oct 2023 -\n\n17 Oct 2023 - Text.');
    expect(releases.map((r) => r.date)).toEqual(['2023-10-17']);
  });
});

describe('parseReleases language', () => {
  it('detects French', () => {
    const { releases } = parseReleases(
      '25 oct. 2023 - Bamako, le 25 octobre 2023 – La MINUSMA a achevé hier son retrait du camp d’Aguelhok, conformément au calendrier convenu avec les autorités de la Transition.\n' +
        '26 Oct 2023 - MINUSMA completed the withdrawal of its troops from the camp.',
    );
    expect(releases.map((r) => r.language)).toEqual(['fr', 'en']);
  });
});

describe('parseReleases on bad input', () => {
  it.each(['', '   \n\n', 'Press releases', 'hello world', '2023-10-16 - ISO is not the format', 'Oct 16 2023 - wrong order', '99 Oct 2023 - no'])(
    'gives no release and a reason for %j',
    (text) => {
      const result = parseReleases(text);
      expect(result.releases).toEqual([]);
      expect(result.reason).toMatch(/expected/i);
      expect(result.reason).toMatch(/16 Oct 2023/);
    },
  );

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [null, undefined, 42, {}, [], '\u0000', '\ud800', '•'.repeat(1000), '16 Oct 2023 -'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['1', '6', ' ', 'Oct', 'août', '2023', '-', '–', '\n', '•', 'é', '\ud83d\ude00', 'x', '.', '31 Feb', '\r'];
    for (let i = 0; i < 500; i++) {
      odd.push(Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    }
    for (const input of odd) {
      const result = parseReleases(input as string);
      expect(Array.isArray(result.releases)).toBe(true);
      if (result.releases.length === 0) expect(typeof result.reason).toBe('string');
    }
  });

  it('copes with a megabyte of pathological text (no catastrophic backtracking)', () => {
    const MB = 1_000_000;
    for (const text of ['1 '.repeat(MB / 2), '16 Oct '.repeat(MB / 7), '16 Oct 2023 -\n'.repeat(MB / 14), '•'.repeat(MB), ' '.repeat(MB), 'é'.repeat(MB)]) {
      expect(parseReleases(text).releases).toEqual([]);
    }
    const many = '• 16 Oct 2023 - MINUSMA started withdrawing troops from Tessalit.\n'.repeat(15_000);
    expect(parseReleases(many).releases).toHaveLength(15_000);
  }, 10_000);
});
