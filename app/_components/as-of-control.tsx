'use client';

import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { asOfSteps } from '@/lib/domain/as-of-steps';
import type { CalendarDate } from '@/lib/domain/calendar-date';
import { formatDay } from '@/lib/format/dates';
import { queries } from '@/app/_data/queries';
import { useAppScope } from './providers';
import { useAsOf, useSetSearchParams } from './use-as-of';
import { useMission } from '@/app/_components/use-mission';

function isPlainClick(event: React.MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The day every screen is computed for: a date field and quick steps. Without JavaScript it is
 * a GET form and plain links; with it, the day changes in place and only uncached days are fetched.
 * On a mission's pages the steps go to that mission's previous and next milestones, its start and deadline.
 */
export function AsOfControl({ missionSteps = true }: { missionSteps?: boolean }) {
  const t = useTranslations('common.asOf');
  const locale = useLocale();
  const mission = useMission();
  const { today } = useAppScope();
  const { asOf, isToday, refused } = useAsOf();
  const searchParams = useSearchParams();
  const setParams = useSetSearchParams();
  // Outside a mission (the list of all missions) there are no milestones to step through.
  const { data: missionDetail } = useQuery({ ...queries.mission(mission), enabled: missionSteps });

  const hrefFor = (day: CalendarDate | null) => {
    const params = new URLSearchParams(searchParams.toString());
    if (day === null) params.delete('asOf');
    else params.set('asOf', day);
    const qs = params.toString();
    return qs ? `?${qs}` : '?';
  };
  const go = (day: CalendarDate | null) => (event: React.MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    setParams({ asOf: day });
  };

  const steps = missionDetail
    ? asOfSteps({
        asOf,
        milestoneDates: missionDetail.milestoneDates,
        withdrawalStart: missionDetail.drawdownStart,
        deadline: missionDetail.withdrawalDeadline,
        today,
      })
    : null;
  const stepLinks: { key: string; label: string; day: CalendarDate | null; target: CalendarDate | null }[] = steps
    ? [
        { key: 'previous', label: t('previousMilestone'), day: steps.previousMilestone, target: steps.previousMilestone },
        { key: 'next', label: t('nextMilestone'), day: steps.nextMilestone, target: steps.nextMilestone },
        { key: 'start', label: t('withdrawalStart'), day: steps.withdrawalStart, target: steps.withdrawalStart },
        { key: 'deadline', label: t('deadline'), day: steps.deadline, target: steps.deadline },
        { key: 'today', label: t('today'), day: today, target: null },
      ]
    : [];
  const otherParams = [...searchParams.entries()].filter(([key]) => key !== 'asOf');

  return (
    <section aria-label={t('region')} className="mb-6 rounded border border-slate-200 bg-slate-50 print:hidden">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2 px-3 py-2">
        <form
          method="get"
          key={asOf}
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const value = new FormData(event.currentTarget).get('asOf');
            if (typeof value === 'string' && value) setParams({ asOf: value });
          }}
        >
          {otherParams.map(([key, value]) => (
            <input key={key} type="hidden" name={key} value={value} />
          ))}
          <label className="flex flex-col text-sm font-medium">
            {t('label')}
            <input
              type="date"
              name="asOf"
              defaultValue={asOf}
              required
              className="min-h-10 rounded border border-slate-500 px-2 py-1 font-normal"
            />
          </label>
          <button type="submit" className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white hover:bg-slate-700">
            {t('show')}
          </button>
        </form>
        <nav aria-label={t('steps')}>
          <ul className="flex flex-wrap gap-1 text-sm">
            {stepLinks.map((step) =>
              step.day === null || (step.target !== null && step.target === asOf) || (step.target === null && isToday) ? (
                <li key={step.key}>
                  <span className="inline-flex min-h-10 items-center rounded border border-slate-200 px-2 text-slate-500" aria-disabled="true">
                    {step.label}
                  </span>
                </li>
              ) : (
                <li key={step.key}>
                  <a
                    href={hrefFor(step.target)}
                    onClick={go(step.target)}
                    title={formatDay(step.day, locale)}
                    className="inline-flex min-h-10 items-center rounded border border-slate-400 px-2 hover:bg-slate-100"
                  >
                    {step.label}
                    <span className="sr-only">: {formatDay(step.day, locale)}</span>
                  </a>
                </li>
              ),
            )}
          </ul>
        </nav>
        <p className="text-sm text-slate-700" aria-live="polite">
          {isToday ? t('showingToday', { day: formatDay(asOf, locale) }) : t('showing', { day: formatDay(asOf, locale) })}
        </p>
      </div>
      {refused && (
        <p role="alert" className="px-3 pb-2 text-sm text-red-800">
          {t('refused')}
        </p>
      )}
    </section>
  );
}
