import { DEFAULT_THRESHOLDS } from './default-thresholds.js';
import { type Norms, Preset, SCHEMA_VERSION } from './schema.js';

/**
 * The built-in default: the seed article's balanced norms (docs 12–24 h, recorded video 8–12 h,
 * threaded chat 2–4 h, meetings in real time). Parsed through the schema so it can never drift from it.
 */
export const DEFAULT_NORMS: Norms = Preset.parse({
	schemaVersion: SCHEMA_VERSION,
	name: 'Balanced (built-in)',
	description: 'Async by default, meetings when a conversation really needs to happen live.',
	owner: 'Unhurried',
	version: '1',
	channels: {
		doc: {
			label: 'Written doc',
			bestFor: [
				'proposals and decisions',
				'options with pros and cons',
				'anything people will look up later',
			],
			response: { minHours: 12, maxHours: 24 },
		},
		video: {
			label: 'Recorded video',
			bestFor: ['walkthroughs of a screen', 'design feedback', 'demos'],
			response: { minHours: 8, maxHours: 12 },
		},
		chat: {
			label: 'Threaded chat',
			bestFor: ['quick questions with their context', 'coordination', 'status notes'],
			response: { minHours: 2, maxHours: 4 },
		},
		meeting: {
			label: 'Meeting',
			bestFor: ['sensitive conversations', 'hard decisions with many trade-offs', 'building relationships'],
			response: { minHours: 0, maxHours: 0 },
		},
	},
	emergency: {
		counts: [
			'production or a customer-facing service is down',
			'customers cannot log in or pay right now',
			'data is being lost or corrupted',
			'a security breach or exposed credentials',
		],
		channel: { kind: 'chat', name: '#incidents', how: 'Post in #incidents and page the on-call engineer.' },
	},
	meetings: {
		agendaRequired: true,
		agendaLeadHours: 24,
		maxRequiredAttendees: 8,
		defaultDurationMin: 30,
		longDurationMin: 60,
		recordAndSummarize: true,
	},
	thresholds: { ...DEFAULT_THRESHOLDS },
	asyncTargetPercent: 80,
});
