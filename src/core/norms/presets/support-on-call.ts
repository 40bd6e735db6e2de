import { type Norms, Preset, SCHEMA_VERSION } from '../schema.js';

/**
 * Support and on-call: customers wait on this team, so chat answers come fast, real urgency goes to the
 * pager (never to a chat ping), and incident calls are meetings that need no agenda.
 */
export const supportOnCall: Norms = Preset.parse({
	schemaVersion: SCHEMA_VERSION,
	name: 'Support and on-call',
	description:
		'Fast chat for customer issues, the pager for real emergencies, docs for runbooks and post-incident reviews.',
	owner: 'Unhurried',
	version: '1',
	channels: {
		doc: {
			label: 'Runbook or ticket',
			bestFor: ['runbooks and known fixes', 'post-incident reviews', 'handover notes between shifts'],
			response: { minHours: 4, maxHours: 12 },
		},
		video: {
			label: 'Screen recording',
			bestFor: ['reproducing a customer bug', 'showing a fix or a workaround'],
			response: { minHours: 4, maxHours: 8 },
		},
		chat: {
			label: 'Team chat thread',
			bestFor: ['a customer issue in progress', 'asking the shift for a second pair of eyes', 'handovers'],
			response: { minHours: 0.25, maxHours: 1 },
		},
		meeting: {
			label: 'Call',
			bestFor: ['an incident bridge', 'an upset customer', 'shift handover when things are on fire'],
			response: { minHours: 0, maxHours: 0 },
		},
	},
	emergency: {
		counts: [
			'a service customers use is down or badly degraded',
			'a customer reports data loss or a security problem',
			'an SLA breach is imminent (a priority-1 ticket is close to its deadline)',
		],
		channel: {
			kind: 'pager',
			name: 'PagerDuty: support on-call',
			how: 'Page the on-call engineer through PagerDuty, then open a thread in #support-incidents with the ticket link.',
		},
	},
	meetings: {
		agendaRequired: false,
		agendaLeadHours: 2,
		maxRequiredAttendees: 6,
		defaultDurationMin: 15,
		longDurationMin: 45,
		recordAndSummarize: true,
	},
	thresholds: { docWords: 200, docQuestions: 4, docOptions: 3 },
	asyncTargetPercent: 60,
});
