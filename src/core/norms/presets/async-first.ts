import { type Norms, Preset, SCHEMA_VERSION } from '../schema.js';

/**
 * Async-first, handbook style: writing is the default, replies are expected within a working day,
 * meetings are the exception and always come with an agenda a day ahead and a recording.
 */
export const asyncFirst: Norms = Preset.parse({
	schemaVersion: SCHEMA_VERSION,
	name: 'Async-first (handbook)',
	description:
		'Write it down first: the handbook and docs are the source of truth, chat is for short threaded questions, meetings are rare.',
	owner: 'Unhurried',
	version: '1',
	channels: {
		doc: {
			label: 'Handbook or doc',
			bestFor: [
				'proposals, decisions and their reasons',
				'anything more than a quick question',
				'process changes: edit the handbook page',
			],
			response: { minHours: 24, maxHours: 48 },
		},
		video: {
			label: 'Recorded video',
			bestFor: ['walkthroughs and demos', 'feedback on a design or a screen', 'weekly updates'],
			response: { minHours: 12, maxHours: 24 },
		},
		chat: {
			label: 'Threaded chat',
			bestFor: ['short questions with a link to the context', 'pointers to a doc or an issue'],
			response: { minHours: 4, maxHours: 24 },
		},
		meeting: {
			label: 'Meeting',
			bestFor: ['sensitive or personal conversations', 'a decision stuck after async discussion'],
			response: { minHours: 0, maxHours: 0 },
		},
	},
	emergency: {
		counts: ['production is down or customers cannot use the product', 'data loss or a security incident'],
		channel: {
			kind: 'chat',
			name: '#incidents',
			how: 'Post in #incidents with what is broken and since when; the on-call person is paged from there.',
		},
	},
	meetings: {
		agendaRequired: true,
		agendaLeadHours: 24,
		maxRequiredAttendees: 5,
		defaultDurationMin: 25,
		longDurationMin: 50,
		recordAndSummarize: true,
	},
	thresholds: { docWords: 100, docQuestions: 2, docOptions: 2 },
	asyncTargetPercent: 90,
});
