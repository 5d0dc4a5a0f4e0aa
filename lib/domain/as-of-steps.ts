/**
 * The quick steps of the "as of" control: the milestone days either side of the day shown,
 * the start of the withdrawal, the deadline and today. Pure, so the control and its tests
 * agree on what "previous milestone" means.
 */
import type { CalendarDate } from './calendar-date';

export interface AsOfSteps {
  /** the latest milestone day strictly before asOf */
  previousMilestone: CalendarDate | null;
  /** the earliest milestone day strictly after asOf */
  nextMilestone: CalendarDate | null;
  withdrawalStart: CalendarDate | null;
  deadline: CalendarDate;
  today: CalendarDate;
}

export function asOfSteps(input: {
  asOf: CalendarDate;
  /** ascending, distinct */
  milestoneDates: readonly CalendarDate[];
  withdrawalStart: CalendarDate | null;
  deadline: CalendarDate;
  today: CalendarDate;
}): AsOfSteps {
  let previousMilestone: CalendarDate | null = null;
  let nextMilestone: CalendarDate | null = null;
  for (const day of input.milestoneDates) {
    if (day < input.asOf) previousMilestone = day;
    else if (day > input.asOf) {
      nextMilestone = day;
      break;
    }
  }
  return {
    previousMilestone,
    nextMilestone,
    withdrawalStart: input.withdrawalStart,
    deadline: input.deadline,
    today: input.today,
  };
}
