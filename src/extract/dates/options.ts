/**
 * Two date-reading settings of users who read dates another way than news does (round 8 of the
 * English dates, dates-en9), as DateContext fields:
 *
 * - `feastDays`: a Hebrew-calendar feast begins at sundown on the civil day before the day it is
 *   kept (Yom Kippur 2018 began on the evening of 18 September). 'day' (the default, the news
 *   policy: README, round 4) dates it by its first full day; 'eve' from the civil day on whose
 *   evening it begins — a one-day feast is that day, a longer one runs from it to its last day
 *   (the reading of calendars that list the eve, as Duckling does). holiday.ts applies it.
 * - `nextPeriod`: "next week", "next month", "next year" (the calendar unit after the
 *   reference's own). 'whole' (the default) is the whole period; 'start' its first day, as a
 *   task scheduler reads "meet me next month" (Recognizers' TasksMode) — unless a period takes
 *   it ("until next month", "from next month to June" keep the unit). build.ts applies it to the
 *   atoms a reader marks `nextUnit`.
 *
 * The fields are declared here, beside the code that reads them, by augmenting DateContext.
 */
export type FeastDays = 'day' | 'eve';
export type NextPeriod = 'whole' | 'start';

declare module '../../lang/types.js' {
  interface DateContext {
    /** Hebrew-calendar feasts: by their first full day ('day', the default) or from their eve ('eve'). See extract/dates/options.ts. */
    feastDays?: FeastDays;
    /** "next week/month/year": the whole period ('whole', the default) or its first day ('start'). See extract/dates/options.ts. */
    nextPeriod?: NextPeriod;
  }
}
