/**
 * A chat coach on a fake environment, as the DOM tests of the coach and the card's controls use it: settings
 * kept here and published back to the coach's watchers the way the background does, an analyzer that finds
 * "ASAP" (unless its rule is off) and an injectable clock.
 */
import { vi } from 'vitest';
import { applyControl } from '../../src/background/settings-service.js';
import type { AnalyzerApi } from '../../src/content/chat/analyzer-api.js';
import { type CoachEnv, startChatCoach } from '../../src/content/chat/chat-coach.js';
import { slack } from '../../src/content/chat/sites/slack.js';
import type { Finding } from '../../src/core/finding.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { type Settings, Settings as SettingsSchema } from '../../src/shared/storage.js';

export const T0 = Date.UTC(2026, 0, 6, 15);

export const ASAP: Finding = {
	kind: 'false_urgency',
	rule: 'false-urgency',
	message: 'ASAP without a time',
	why: 'Because.',
	fixes: [],
	severity: 'warning',
	confidence: 0.9,
};

/** Starts a coach on Slack with the settings `over` (typing delay 100 ms), `clock` and any `env` replaced. */
export function startFakeCoach(
	over: Partial<Settings> = {},
	{ clock = { now: T0 }, env: envOver = {} }: { clock?: { now: number }; env?: Partial<CoachEnv> } = {},
) {
	let settings: Settings = SettingsSchema.parse({ typingDelayMs: 100, ...over });
	const analyze = vi.fn((text: string, context: { disabledRules: readonly string[] }) => ({
		status: 'ok' as const,
		findings:
			text.includes('ASAP') && !context.disabledRules.includes('false-urgency')
				? [{ ...ASAP, span: { start: text.indexOf('ASAP'), end: text.indexOf('ASAP') + 4 } }]
				: [],
	}));
	const watchers: Array<(s: Settings) => void> = [];
	const publish = (s: Settings) => {
		settings = s;
		for (const w of watchers) w(s);
	};
	const env: CoachEnv = {
		doc: document,
		sites: [slack],
		loadAnalyzer: vi.fn(async (): Promise<AnalyzerApi> => ({ analyzeChatDraft: analyze as never })),
		norms: { get: async () => DEFAULT_NORMS, watch: () => {} },
		settings: { get: async () => settings, watch: (cb) => void watchers.push(cb) },
		// As the background does: applies the change and publishes the settings back.
		disableRule: vi.fn(async (rule: string) =>
			publish({ ...settings, disabledRules: [...settings.disabledRules, rule] }),
		),
		hintControl: vi.fn(async (msg) => publish(applyControl(settings, msg, clock.now))),
		recordStat: vi.fn(),
		identifyLanguage: async () => 'en',
		now: () => clock.now,
		...envOver,
	};
	return {
		env,
		analyze,
		coach: startChatCoach(env),
		settings: () => settings,
		setSettings: (s: Partial<Settings>) => publish({ ...settings, ...s }),
	};
}

export const type = (el: HTMLElement, text: string) => {
	el.textContent = text;
	el.dispatchEvent(new InputEvent('input', { bubbles: true }));
};
export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
