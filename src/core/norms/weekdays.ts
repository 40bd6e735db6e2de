/** Weekday keys of working hours, as plain data (no zod), so the analyzer's bundle can use them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
