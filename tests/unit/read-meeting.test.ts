/** Every calendar reader assembles its meeting through `readMeeting`, which cuts to the schema's own caps. */
import { describe, expect, it } from 'vitest';
import { MEETING_CAPS, Meeting, readMeeting } from '../../src/core/meeting/meeting.js';

describe('readMeeting', () => {
	it('cuts every field to the cap the schema checks, so what a page shows always parses', () => {
		const long = (n: number) => 'x'.repeat(n + 5);
		const input = readMeeting({
			title: long(MEETING_CAPS.title),
			description: long(MEETING_CAPS.description),
			attendees: { required: Array.from({ length: MEETING_CAPS.people + 3 }, () => long(MEETING_CAPS.name)) },
			recurrence: long(MEETING_CAPS.recurrence),
		});
		expect(input.title).toHaveLength(MEETING_CAPS.title);
		expect(input.description).toHaveLength(MEETING_CAPS.description);
		expect(input.attendees?.required).toHaveLength(MEETING_CAPS.people);
		expect(input.attendees?.required?.[0]).toHaveLength(MEETING_CAPS.name);
		expect(input.recurrence).toHaveLength(MEETING_CAPS.recurrence);
		expect(Meeting.safeParse(input).success).toBe(true);
	});

	it('keeps an end only after a start it does not precede, and leaves out what was not read', () => {
		expect(readMeeting({ title: 'a', description: '', start: 10, end: 5 })).toEqual({
			title: 'a',
			description: '',
			start: 10,
		});
		expect(readMeeting({ title: 'a', description: '', end: 5 })).toEqual({ title: 'a', description: '' });
		expect(readMeeting({ title: 'a', description: '', start: 1, end: 5, recurrence: '' })).toEqual({
			title: 'a',
			description: '',
			start: 1,
			end: 5,
		});
	});
});
