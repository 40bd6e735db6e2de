import { describe, expect, it, vi } from 'vitest';
import {
	isPaused,
	rulesOff,
	shownOnce,
	turnRuleOff,
	unquieted,
} from '../../src/content/shared/hint-choices.js';
import type { Finding } from '../../src/core/finding.js';
import { findingKey, hintId } from '../../src/core/finding-key.js';

const T0 = Date.UTC(2026, 0, 6, 15);
const finding = (rule: string, start: number, end: number, message = rule): Finding => ({
	kind: 'false_urgency',
	rule,
	message,
	why: 'Because.',
	fixes: [],
	severity: 'warning',
	confidence: 0.9,
	span: { start, end },
});

describe('what the person chose about hints, as both surfaces apply it', () => {
	it('is paused only while pausedUntil is ahead, and not before the settings are read', () => {
		expect(isPaused({ pausedUntil: T0 + 1 }, T0)).toBe(true);
		expect(isPaused({ pausedUntil: T0 }, T0)).toBe(false);
		expect(isPaused({ pausedUntil: 0 }, T0)).toBe(false);
		expect(isPaused(undefined, T0)).toBe(false);
	});

	it('counts a snoozed rule as off until its time, then on again', () => {
		const settings = {
			disabledRules: ['no-agenda'],
			snoozedRules: [
				{ rule: 'false-urgency', until: T0 + 3_600_000 },
				{ rule: 'naked-ping', until: T0 - 1 },
			],
		};
		expect(rulesOff(settings, T0)).toEqual(['no-agenda', 'false-urgency']);
		expect(rulesOff(settings, T0 + 3_600_000)).toEqual(['no-agenda']);
		expect(rulesOff(undefined, T0)).toEqual([]);
	});

	it('asks the background to turn a rule off once, and keeps a failed send from the page', async () => {
		const send = vi.fn(async (_rule: string) => {});
		turnRuleOff({ disabledRules: [] }, 'false-urgency', send);
		turnRuleOff({ disabledRules: ['false-urgency'] }, 'false-urgency', send);
		expect(send.mock.calls).toEqual([['false-urgency']]);
		const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
		expect(() =>
			turnRuleOff(undefined, 'no-goal', async () => Promise.reject(new Error('no worker'))),
		).not.toThrow();
		await vi.waitFor(() => expect(debug).toHaveBeenCalled());
		debug.mockRestore();
	});

	it('drops a silenced phrase of its rule only, and a dismissed hint in its own draft only', () => {
		const text = 'Fix it ASAP, then ping me';
		const asap = finding('false-urgency', 7, 11);
		const ping = finding('naked-ping', 18, 22);
		const other = finding('naked-ping', 7, 11, 'another rule on the same words');
		expect(
			unquieted([asap, ping, other], text, {
				quietPhrases: [{ rule: 'false-urgency', phrase: 'asap' }],
				dismissedHints: [],
			}),
		).toEqual([ping, other]);
		const dismissed = { quietPhrases: [], dismissedHints: [{ id: hintId(ping, text), at: T0 }] };
		expect(unquieted([asap, ping], text, dismissed)).toEqual([asap]);
		// The same hint in a new draft shows again.
		const next = 'Another day: ping me';
		expect(unquieted([finding('naked-ping', 13, 17)], next, dismissed)).toHaveLength(1);
		// Before the settings are read, nothing is quiet.
		expect(unquieted([asap, ping], text, undefined)).toEqual([asap, ping]);
	});

	it('counts each hint as shown once until it starts over', () => {
		const record = vi.fn();
		const shown = shownOnce(record);
		const text = 'Fix it ASAP';
		const a = finding('false-urgency', 7, 11);
		shown.count([a], (f) => findingKey(f, text));
		// Re-analysed after more typing: the same hint at another offset is not counted again.
		const moved = 'Please fix it ASAP';
		shown.count([finding('false-urgency', 14, 18)], (f) => findingKey(f, moved));
		expect(record).toHaveBeenCalledTimes(1);
		// Keyed by rule (a calendar form): a second finding of the same rule is the same hint.
		const byRule = shownOnce(record);
		byRule.count([a, finding('false-urgency', 0, 3)], (f) => f.rule);
		expect(record).toHaveBeenCalledTimes(2);
		shown.reset();
		shown.count([a], (f) => findingKey(f, text));
		expect(record).toHaveBeenCalledTimes(3);
		expect(record).toHaveBeenLastCalledWith(a);
	});
});
