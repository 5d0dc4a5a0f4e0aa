import { getDb, missionCodeOrDefault, asOfOrToday } from '@/lib/api/context';
import { loadMissionSnapshot } from '@/lib/data/missions';
import { progressView, siteViews } from '@/lib/domain/views';
import { isCalendarDate } from '@/lib/domain/calendar-date';
import { formatDay } from '@/lib/format/dates';
import type { SiteStatus } from '@/lib/domain/vocabulary';

export const dynamic = 'force-dynamic';

const STATUS_LABEL: Record<SiteStatus, string> = {
  active: 'Active',
  withdrawing: 'Withdrawing',
  closed: 'Closed',
  handed_over: 'Handed over',
};

const STATUS_CLASS: Record<SiteStatus, string> = {
  active: 'border-status-active text-status-active',
  withdrawing: 'border-status-withdrawing text-status-withdrawing',
  closed: 'border-status-closed text-status-closed',
  handed_over: 'border-status-handed-over text-status-handed-over',
};

export default async function Overview({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const asOfParam = typeof query.asOf === 'string' && isCalendarDate(query.asOf) ? query.asOf : undefined;
  const asOfRefused = query.asOf !== undefined && asOfParam === undefined;
  const asOf = asOfOrToday(asOfParam);
  const { db } = await getDb();
  const snapshot = await loadMissionSnapshot(db, missionCodeOrDefault(undefined));
  const progress = progressView(snapshot, asOf);
  const sites = siteViews(snapshot, asOf);
  const { mission } = snapshot;
  const done = progress.sites.closed + progress.sites.handedOver;

  return (
    <div className="space-y-6">
      <section aria-labelledby="mission-heading">
        <h1 id="mission-heading" className="text-2xl font-bold">
          {mission.code}: withdrawal as of {formatDay(asOf)}
        </h1>
        <p className="text-slate-700">{mission.name}</p>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-2" aria-label="Show the picture on another day">
          <label className="flex flex-col text-sm">
            As of
            <input type="date" name="asOf" defaultValue={asOf} required className="rounded border border-slate-400 px-2 py-1" />
          </label>
          <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 text-sm font-medium text-white">
            Show
          </button>
        </form>
        {asOfRefused && (
          <p role="alert" className="mt-2 text-sm text-red-800">
            The date in the address is not a real day written YYYY-MM-DD; showing today instead.
          </p>
        )}
        <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-600">Withdrawal deadline</dt>
            <dd className="text-lg font-semibold">{formatDay(mission.withdrawalDeadline)}</dd>
            <dd className="text-sm">
              {progress.daysLeft >= 0
                ? `${progress.daysLeft} days left`
                : progress.finishedOn
                  ? `Deadline passed; finished on ${formatDay(progress.finishedOn)}`
                  : `Deadline passed ${-progress.daysLeft} days ago`}
            </dd>
          </div>
          <div className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-600">Sites closed or handed over</dt>
            <dd className="text-lg font-semibold">
              {done} of {progress.sites.total}
            </dd>
          </div>
          <div className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-600">Personnel departed</dt>
            <dd className="text-lg font-semibold">
              {progress.personnel.departed === null ? 'No figure yet' : progress.personnel.departed.toLocaleString('en-GB')}
              {progress.personnel.inScope !== null && ` of ${progress.personnel.inScope.toLocaleString('en-GB')}`}
            </dd>
            {progress.personnel.figureDate && <dd className="text-sm">as reported on {formatDay(progress.personnel.figureDate)}</dd>}
          </div>
          <div className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-600">Verdict</dt>
            <dd className="text-lg font-semibold">{progress.verdict.status.replace('_', ' ')}</dd>
            <dd className="text-sm">{progress.verdict.reason}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading" className="text-xl font-semibold">
          Sites
        </h2>
        {/* Focusable so that keyboard users can scroll the table on a narrow screen. */}
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="sites-heading">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">The mission&apos;s sites and their status as of {formatDay(asOf)}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">Site</th>
                <th scope="col" className="py-2 pr-3">Region</th>
                <th scope="col" className="py-2 pr-3">Phase</th>
                <th scope="col" className="py-2 pr-3">Status</th>
                <th scope="col" className="py-2 pr-3">Since</th>
              </tr>
            </thead>
            <tbody>
              {sites.map((site) => (
                <tr key={site.id} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-3 font-medium">{site.name}</th>
                  <td className="py-2 pr-3">{site.region}</td>
                  <td className="py-2 pr-3">{site.phase ?? '—'}</td>
                  <td className="py-2 pr-3">
                    <span className={`rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[site.status]}`}>
                      {STATUS_LABEL[site.status]}
                    </span>
                  </td>
                  <td className="py-2 pr-3">{formatDay(site.statusSince)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
