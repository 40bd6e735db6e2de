/** Shared pieces for the popup, options and playground DOM tests: a routed background and sample norms. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import type { Norms } from '../../src/core/norms/schema.js';
import type { Message, MessageType, Responses } from '../../src/shared/messages.js';
import { builtinEffectiveNorms, type EffectiveNorms, pageView } from '../../src/shared/storage.js';

type Answers = {
	[T in MessageType]?: (msg: Extract<Message, { type: T }>) => Responses[T] | Promise<Responses[T]>;
};

/** What the background does with a settings change: validate it, and publish the result to the pages' view. */
async function setSettings(msg: Extract<Message, { type: 'options/set-settings' }>) {
	await pageView.settings.set({ ...(await pageView.settings.get()), ...msg.change });
	return { ok: true as const };
}

/** A shipped manifest as the pages read it: a version and the built-in chat sites. */
export function mockManifest(): void {
	vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
		version: '1.0.0',
		content_scripts: [{ matches: ['https://app.slack.com/*'], js: ['content.js'] }],
	} as never);
}

/** What the background does with one rule's switch: applied to the settings as they are, then published. */
async function setRule(msg: Extract<Message, { type: 'options/set-rule' }>) {
	const current = await pageView.settings.get();
	const others = current.disabledRules.filter((r) => r !== msg.rule);
	await pageView.settings.set({ ...current, disabledRules: msg.on ? others : [...others, msg.rule] });
	return { ok: true as const };
}

const DEFAULT_ANSWERS: Answers = { 'options/set-settings': setSettings, 'options/set-rule': setRule };

/** Routes runtime.sendMessage to the given answers; returns the spy (calls hold the messages sent). */
export function background(answers: Answers) {
	return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: Message) => {
		const answer = (answers[msg.type] ?? DEFAULT_ANSWERS[msg.type]) as ((m: Message) => unknown) | undefined;
		if (!answer) throw new Error(`no answer for ${msg.type}`);
		return answer(msg);
	}) as never);
}

export const ACME: Norms = {
	...DEFAULT_NORMS,
	name: 'Acme Support',
	version: '2026.03',
	emergency: {
		counts: ['checkout is down for customers'],
		channel: { kind: 'pager', name: 'PagerDuty: Acme on-call', how: 'Page the on-call engineer.' },
	},
	roster: [
		{
			name: 'Ana Lisboa',
			handles: ['@ana'],
			timeZone: 'Europe/Lisbon',
			workingHours: ['Mon-Wed 09:00-17:00'],
		},
		{
			name: 'Kenji Osaka',
			handles: [],
			timeZone: 'Asia/Tokyo',
			workingHours: ['Mon,Wed 09:00-17:00'],
		},
	],
};

/** Effective norms from a team subscription with policy locking the emergency section. */
export function subscribedLocked(overrides: Partial<EffectiveNorms> = {}): EffectiveNorms {
	const sources: EffectiveNorms['sources'] = {
		name: 'subscription',
		version: 'subscription',
		'channels.chat.response': 'subscription',
		'channels.chat.label': 'subscription',
		'channels.doc.response': 'personal',
		'emergency.counts': 'policy',
		'emergency.channel': 'policy',
		'meetings.agendaLeadHours': 'personal',
		roster: 'subscription',
	};
	return {
		...builtinEffectiveNorms(),
		norms: ACME,
		sources,
		locked: ['emergency'],
		preset: { name: ACME.name, version: ACME.version, source: 'subscription' },
		refreshedAt: NOW - 5 * 60_000,
		subscription: {
			url: 'https://norms.acme.example/team.json',
			managed: false,
			pinned: false,
			lastAttemptAt: NOW - 60_000,
			lastSuccessAt: NOW - 2 * 3_600_000,
			lastError: null,
		},
		...overrides,
	};
}

/** Wednesday 11 March 2026, 10:30 UTC: 10:30 in Lisbon (working), 19:30 in Tokyo (off hours). */
export const NOW = Date.UTC(2026, 2, 11, 10, 30);
