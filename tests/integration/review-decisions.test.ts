/**
 * Editors' review decisions are kept (issue 13): which fields an accepted proposal had
 * corrected, why one was rejected; admins read the live precision per type; the reviewed
 * releases export in the corpus format that the extraction is measured on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import * as releases from '../../app/api/v1/releases/route';
import * as accept from '../../app/api/v1/proposals/[id]/accept/route';
import * as reject from '../../app/api/v1/proposals/[id]/reject/route';
import * as stats from '../../app/api/v1/proposals/review-stats/route';
import { reviewedLabels } from '../../lib/data/proposal-review';
import { CorpusItemSchema } from '../../lib/releases/evaluate';
import { call } from './http';
import { signedInAs } from './auth-helpers';

let editor: Awaited<ReturnType<typeof signedInAs>>;
let admin: Awaited<ReturnType<typeof signedInAs>>;

beforeAll(async () => {
  editor = await signedInAs('editor');
  admin = await signedInAs('admin');
});

async function proposalsOf(text: string): Promise<{ id: number; type: string; siteId: number | null; date: string }[]> {
  const res = await call(releases.POST, '/api/v1/releases', {}, { method: 'POST', headers: editor.headers, body: { text } });
  expect(res.status).toBe(201);
  return res.body.created.flatMap((r: { proposals: unknown[] }) => r.proposals);
}

const acceptWith = (id: number, body: unknown) =>
  call(accept.POST, `/api/v1/proposals/${id}/accept`, { id: String(id) }, { method: 'POST', headers: editor.headers, body });
const rejectWith = (id: number, body: unknown) =>
  call(reject.POST, `/api/v1/proposals/${id}/reject`, { id: String(id) }, { method: 'POST', headers: editor.headers, body });
const readStats = (headers = admin.headers) => call(stats.GET, '/api/v1/proposals/review-stats?mission=MINUSMA', {}, { headers });

describe('review decisions', () => {
  it('keeps what an editor corrected, and counts accepted-as-proposed over reviewed per type for admins', async () => {
    const before = (await readStats()).body;
    const handedBefore = before.byType.find((r: { type: string }) => r.type === 'site_handed_over') ?? { reviewed: 0, acceptedAsProposed: 0, corrected: 0, rejected: 0 };

    const [asProposed] = await proposalsOf('14 Dec 2023 - MINUSMA handed over its Ansongo camp to the Malian authorities on 13 December 2023.');
    const [toCorrect] = await proposalsOf('15 Dec 2023 - MINUSMA handed over its Douentza camp to the Malian authorities on 14 December 2023.');
    const [toReject] = await proposalsOf('16 Dec 2023 - MINUSMA handed over its Goundam camp to the Malian authorities on 15 December 2023.');
    for (const p of [asProposed, toCorrect, toReject]) expect(p).toMatchObject({ type: 'site_handed_over' });

    const kept = await acceptWith(asProposed!.id, { title: 'Ansongo camp handed over' });
    expect(kept.status).toBe(201);
    expect(kept.body.proposal.correctedFields).toEqual(['title']);
    const fixed = await acceptWith(toCorrect!.id, { date: '2023-12-12', type: 'withdrawal_completed' });
    expect(fixed.status).toBe(201);
    expect(fixed.body.proposal.correctedFields).toEqual(['type', 'date']);
    const refused = await rejectWith(toReject!.id, { reason: 'Already logged from another release' });
    expect(refused.body).toMatchObject({ status: 'rejected', rejectReason: 'Already logged from another release', correctedFields: null });

    const after = (await readStats()).body;
    const handed = after.byType.find((r: { type: string }) => r.type === 'site_handed_over');
    // A changed title is not a correction of the extraction; a changed date or type is.
    expect(handed.reviewed - handedBefore.reviewed).toBe(3);
    expect(handed.acceptedAsProposed - handedBefore.acceptedAsProposed).toBe(1);
    expect(handed.corrected - handedBefore.corrected).toBe(1);
    expect(handed.rejected - handedBefore.rejected).toBe(1);
    expect(handed.precision).toBeCloseTo(handed.acceptedAsProposed / handed.reviewed, 3);
    expect(handed.corrections).toMatchObject({ type: expect.any(Number), date: expect.any(Number) });
    expect(after.overall.reviewed - before.overall.reviewed).toBe(3);
  });

  it('shows the figures to admins only', async () => {
    expect((await readStats(editor.headers)).status).toBe(403);
    expect((await call(stats.GET, '/api/v1/proposals/review-stats')).status).toBe(401);
  });

  it('exports reviewed releases in the corpus format, labelled with the milestones editors logged', async () => {
    const { db } = await getDb();
    const items = await reviewedLabels(db, 'MINUSMA');
    const ansongo = items.find((i) => i.text.includes('Ansongo camp to the Malian authorities on 13 December'));
    expect(ansongo).toBeDefined();
    expect(CorpusItemSchema.parse(ansongo)).toMatchObject({
      mission: 'MINUSMA',
      text: expect.stringMatching(/^14 Dec 2023 - /),
      milestones: [{ type: 'site_handed_over', date: '2023-12-13', site: 'Ansongo', status: 'achieved' }],
    });
    const douentza = items.find((i) => i.text.includes('Douentza'));
    expect(douentza!.milestones).toEqual([expect.objectContaining({ type: 'withdrawal_completed', date: '2023-12-12', site: 'Douentza' })]);
    // A rejected proposal labels its release with no milestone: the extractor should have proposed nothing.
    const goundam = items.find((i) => i.text.includes('Goundam camp'));
    expect(goundam!.milestones).toEqual([]);
  });
});
