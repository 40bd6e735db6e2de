/**
 * The person's settings: kept in the trusted store, changed only here (one queue, so two tabs never lose each
 * other's change), and published for content scripts and pages. Content scripts may only turn a rule off;
 * everything else comes from extension pages (the message protocol checks who sends what).
 */
import { type Settings, Settings as SettingsSchema } from '../shared/storage.js';
import { settings } from './trusted-store.js';
import { publishSettings } from './views.js';

export function createSettingsService() {
	let tail: Promise<unknown> = Promise.resolve();
	const serial = <T>(fn: () => Promise<T>): Promise<T> => {
		const run = tail.then(fn, fn);
		tail = run.catch(() => {});
		return run;
	};

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
		/** From the options page: a partial change, validated whole (an invalid value throws, nothing is written). */
		set: (change: Partial<Settings>) => update((s) => ({ ...s, ...change })),
	};
}

export type SettingsService = ReturnType<typeof createSettingsService>;
