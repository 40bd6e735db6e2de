/** A small fictional roster on top of the built-in norms, for the meeting rules' examples and tests. */
import { DEFAULT_NORMS } from '../norms/default-norms.js';
import type { Norms } from '../norms/schema.js';

export const EXAMPLE_ROSTER_NORMS: Norms = {
	...DEFAULT_NORMS,
	roster: [
		{
			name: 'Ana Pereira',
			handles: ['ana', '@anap'],
			timeZone: 'Europe/Lisbon',
			workingHours: ['Mon-Fri 09:00-17:00'],
		},
		{
			name: 'Kenji Sato',
			handles: ['kenji'],
			timeZone: 'Asia/Tokyo',
			workingHours: ['Mon-Fri 09:00-18:00'],
		},
		{
			name: 'Maya Cohen',
			handles: ['maya'],
			timeZone: 'America/Los_Angeles',
			workingHours: ['Mon-Fri 08:00-16:00'],
		},
	],
};
