import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, daysBetween, isCalendarDate, maxDate, minDate, today } from '../../lib/domain/calendar-date';
import { formatDay } from '../../lib/format/dates';

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2023-08-31')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '2023-8-31', '31/08/2023', '2023-08-31T00:00:00Z', '', ' 2023-08-31', null, 20230831]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
    expect(calendarDate(2023, 2, 29)).toBeNull();
    expect(calendarDate(2023, 8, 3)).toBe('2023-08-03');
  });

  it('adds and counts days across months, years and leap days', () => {
    expect(addDays('2023-08-04', -1)).toBe('2023-08-03');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2023-08-31', '2023-12-31')).toBe(122);
    expect(daysBetween('2023-12-31', '2023-08-31')).toBe(-122);
    expect(minDate(null, '2023-10-16', '2023-08-03', undefined)).toBe('2023-08-03');
    expect(maxDate(null, '2023-10-16', '2023-08-03')).toBe('2023-10-16');
  });

  it('knows what day it is in a given time zone', () => {
    const instant = new Date('2023-08-31T23:30:00Z');
    expect(today('UTC', instant)).toBe('2023-08-31');
    expect(today('Africa/Bamako', instant)).toBe('2023-08-31');
    expect(today('Asia/Dhaka', instant)).toBe('2023-09-01');
  });

  it('formats a day the same whatever the time zone of the process', () => {
    expect(formatDay('2023-08-25')).toBe('25 August 2023');
    expect(formatDay('2023-08-25', 'en', 'short')).toBe('25 Aug 2023');
    expect(formatDay('2023-08-25', 'fr')).toBe('25 août 2023');
    expect(formatDay('2023-10-16', 'fr', 'short')).toBe('16 oct. 2023');
    expect(formatDay('2023-07-01', 'fr')).toBe('1er juillet 2023');
    expect(formatDay('2023-07-01', 'en')).toBe('1 July 2023');
    expect(formatDay(null)).toBe('—');
  });
});

describe('calendar day arithmetic', () => {
  it('agrees with the Date object on every day from 1900 to 2200, forward and back', () => {
    const wrong: string[] = [];
    let day = '1900-01-01';
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2200, 11, 31); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      if (day !== iso || addDays(iso, -1) !== new Date(ms - 86_400_000).toISOString().slice(0, 10)) wrong.push(iso);
      day = addDays(day, 1);
    }
    expect(wrong).toEqual([]);
    expect(daysBetween('1900-01-01', '2200-12-31')).toBe(109_937);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2023-12-31', 400)).toBe('2025-02-03');
  });
});
