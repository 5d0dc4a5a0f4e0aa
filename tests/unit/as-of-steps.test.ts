import { describe, expect, it } from 'vitest';
import { asOfSteps } from '../../lib/domain/as-of-steps';

const base = { withdrawalStart: '2023-07-01', deadline: '2023-12-31', today: '2026-11-22' };
const days = ['2023-08-04', '2023-08-13', '2023-10-16', '2023-10-21'];

describe('asOfSteps', () => {
  it('steps to the milestone days either side, skipping the day shown', () => {
    const steps = asOfSteps({ ...base, asOf: '2023-08-13', milestoneDates: days });
    expect(steps.previousMilestone).toBe('2023-08-04');
    expect(steps.nextMilestone).toBe('2023-10-16');
  });

  it('has no previous step before the first milestone and no next one after the last', () => {
    expect(asOfSteps({ ...base, asOf: '2023-07-01', milestoneDates: days }).previousMilestone).toBeNull();
    expect(asOfSteps({ ...base, asOf: '2023-07-01', milestoneDates: days }).nextMilestone).toBe('2023-08-04');
    expect(asOfSteps({ ...base, asOf: '2024-01-01', milestoneDates: days }).nextMilestone).toBeNull();
    expect(asOfSteps({ ...base, asOf: '2024-01-01', milestoneDates: days }).previousMilestone).toBe('2023-10-21');
  });

  it('works for a mission with no milestones', () => {
    const steps = asOfSteps({ ...base, asOf: '2023-09-01', milestoneDates: [] });
    expect([steps.previousMilestone, steps.nextMilestone]).toEqual([null, null]);
    expect(steps.deadline).toBe('2023-12-31');
  });
});
