// The names of days and months, one list for every stage that must tell a date from a name or a
// subject ("Monday" is no speaker, "said Tuesday that…" dates the words, "Sanders on Friday said").

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Days and months that name no one: all but "May", a surname as often as a month (Theresa May). */
export const DAY_OR_MONTH: ReadonlySet<string> = new Set<string>([
  ...WEEKDAYS,
  ...MONTHS.filter((m) => m !== 'May'),
]);

/** The weekdays as a regular expression's alternation ("Monday|Tuesday|…"), capitalised. */
export const WEEKDAY_ALT = WEEKDAYS.join('|');

/** The same in lower case, for words compared lower-cased. */
export const WEEKDAY_LOWER = WEEKDAYS.map((d) => d.toLowerCase());
