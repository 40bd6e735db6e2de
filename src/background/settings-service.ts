/**
 * The person's settings: kept in the trusted store, changed only here (one queue, so two tabs never lose each
 * other's change), and published for content scripts and pages. Content scripts may only turn a rule off;
 * everything else comes from extension pages (the message protocol checks who sends what).
 */
import type { z } from 'zod';
import type { HintControl } from '../shared/messages.js';
import { MAX_DISMISSED, type Settings, Settings as SettingsSchema } from '../shared/storage.js';
import { serialQueue } from './serial-queue.js';
import { settings } from './trusted-store.js';
import { publishSettings } from './views.js';

export function createSettingsService() {
	const serial = serialQueue();

	/** Applies a change to the current settings, validates the result, stores and publishes it. */
	const update = (change: (current: Settings) => Settings) =>
		serial(async () => {
			const current = await settings.get();
			const next = SettingsSchema.parse(change(current));
			await settings.set(next);
			await publishSettings(next);
			return next;
		});

	return {
		get: () => settings.get(),
		update,
		/** Turns one rule on or off in the settings as they are when the change runs (the queue's turn). */
		setRule: (rule: string, on: boolean) =>
			update((s) => {
				const others = s.disabledRules.filter((r) => r !== rule);
				return { ...s, disabledRules: on ? others : [...others, rule] };
			}),
		/** The card's controls and their undo (cs/hint-control): each bounded, the oldest dropped first. */
		control: (msg: HintControlMessage, now = Date.now()) => update((s) => applyControl(s, msg, now)),
		/** From the options page: a partial change, validated whole (an invalid value throws, nothing is written). */
		set: (change: Partial<Settings>) => update((s) => ({ ...s, ...change })),
	};
}

export type SettingsService = ReturnType<typeof createSettingsService>;

type HintControlMessage = Omit<z.infer<typeof HintControl>, 'type'>;
const WEEK_MS = 7 * 24 * 3600_000;

/** One control applied to the settings; a message missing what its op needs changes nothing. */
export function applyControl(s: Settings, msg: HintControlMessage, now: number): Settings {
	const { rule, id, phrase, until } = msg;
	switch (msg.op) {
		case 'dismiss': {
			if (!id) return s;
			const kept = s.dismissedHints.filter((d) => d.id !== id && now - d.at < WEEK_MS);
			return { ...s, dismissedHints: [...kept, { id, at: now }].slice(-MAX_DISMISSED) };
		}
		case 'undismiss':
			return { ...s, dismissedHints: s.dismissedHints.filter((d) => d.id !== id) };
		case 'quiet-phrase': {
			if (!rule || !phrase) return s;
			const p = phrase.toLowerCase();
			const others = s.quietPhrases.filter((q) => !(q.rule === rule && q.phrase === p));
			return { ...s, quietPhrases: [...others, { rule, phrase: p }].slice(-200) };
		}
		case 'unquiet-phrase':
			return {
				...s,
				quietPhrases: s.quietPhrases.filter((q) => !(q.rule === rule && q.phrase === phrase?.toLowerCase())),
			};
		case 'snooze': {
			if (!rule || !until || until <= now) return s;
			// At most a day: a snooze is not a way to turn a rule off for good.
			const capped = Math.min(until, now + 24 * 3600_000);
			const others = s.snoozedRules.filter((r) => r.rule !== rule && r.until > now);
			return { ...s, snoozedRules: [...others, { rule, until: capped }].slice(-100) };
		}
		case 'unsnooze':
			return { ...s, snoozedRules: s.snoozedRules.filter((r) => r.rule !== rule) };
		case 'enable-rule':
			return { ...s, disabledRules: s.disabledRules.filter((r) => r !== rule) };
	}
}
