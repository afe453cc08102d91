// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch working days, for the response-time target of reactions. Pure: dates in, dates out.
 *
 * Not a working day: Saturday, Sunday, and the public holidays of the Algemene termijnenwet
 * (article 3): Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag (5 May, every year:
 * the Act names "de vijfde mei" without the five-yearly rule of many labour agreements),
 * Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag. Goede Vrijdag is not in the Act.
 * Koningsdag is 27 April (26 April when the 27th is a Sunday) since 2014; before that it was
 * Koninginnedag, 30 April (29 April when the 30th is a Sunday).
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const dayMs = 24 * 60 * 60 * 1000;

const toUtc = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);
const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);
const addDays = (date: IsoDate, days: number): IsoDate => toIso(new Date(toUtc(date).getTime() + days * dayMs));
const weekday = (date: IsoDate): number => toUtc(date).getUTCDay();

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function kingsDay(year: number): IsoDate {
  const [month, day] = year >= 2014 ? ['04', 27] : ['04', 30];
  const date = `${year}-${month}-${day}`;
  return weekday(date) === 0 ? addDays(date, -1) : date;
}

/** The public holidays of the Algemene termijnenwet in a year, with their Dutch names. */
export function dutchPublicHolidays(year: number): { date: IsoDate; name: string }[] {
  const easter = easterSunday(year);
  return [
    { date: `${year}-01-01`, name: 'Nieuwjaarsdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: kingsDay(year), name: year >= 2014 ? 'Koningsdag' : 'Koninginnedag' },
    { date: `${year}-05-05`, name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: `${year}-12-25`, name: 'Eerste Kerstdag' },
    { date: `${year}-12-26`, name: 'Tweede Kerstdag' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

const holidayCache = new Map<number, Set<IsoDate>>();

/** True on Monday to Friday when the day is no public holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) {
    return false;
  }
  const year = Number(date.slice(0, 4));
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = new Set(dutchPublicHolidays(year).map((holiday) => holiday.date));
    holidayCache.set(year, holidays);
  }
  return !holidays.has(date);
}

/** The date `count` working days after `date` (the day of receipt itself does not count). */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) {
      left -= 1;
    }
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when answered on the day of receipt). */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isWorkingDay(current)) {
      count += 1;
    }
  }
  return count;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in the Netherlands at a moment (a reaction at 23:30 UTC in summer is the next day). */
export function dutchDateOf(moment: Date): IsoDate {
  return amsterdamDate.format(moment);
}
