/** A small fictional roster on top of the built-in norms, for the meeting rules' examples and tests. */
import { DEFAULT_NORMS } from '../norms/default-norms.js';
import type { Norms } from '../norms/schema.js';

const weekdays = (start: string, end: string) => {
	const i = { start, end };
	return { mon: i, tue: i, wed: i, thu: i, fri: i };
};

export const EXAMPLE_ROSTER_NORMS: Norms = {
	...DEFAULT_NORMS,
	roster: [
		{
			name: 'Ana Pereira',
			handles: ['ana', '@anap'],
			timeZone: 'Europe/Lisbon',
			workingHours: weekdays('09:00', '17:00'),
		},
		{
			name: 'Kenji Sato',
			handles: ['kenji'],
			timeZone: 'Asia/Tokyo',
			workingHours: weekdays('09:00', '18:00'),
		},
		{
			name: 'Maya Cohen',
			handles: ['maya'],
			timeZone: 'America/Los_Angeles',
			workingHours: weekdays('08:00', '16:00'),
		},
	],
};
