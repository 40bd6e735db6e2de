/**
 * The card's controls that learn (issue 14, 3): a dismissal remembered for its draft across a reload, a phrase
 * silenced for new drafts, a snooze that ends when its time comes (clock injected), and the undo toast.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatCoach } from '../../src/content/chat/chat-coach.js';
import type { Settings } from '../../src/shared/storage.js';
import { startFakeCoach, T0, type, wait } from './coach-fixture.js';
import { captureShadowRoots } from './hints-fixture.js';
import { useEnglish } from './i18n-en.js';

const setup = (over: Partial<Settings> = {}, clock = { now: T0 }) => startFakeCoach(over, { clock });

// Once per file: each call wraps attachShadow again.
const roots = captureShadowRoots();
const composer = () => {
	document.body.innerHTML = `<div data-qa="message_input"><div class="ql-editor" contenteditable="true"></div></div>`;
	const el = document.querySelector('.ql-editor') as HTMLElement;
	el.getBoundingClientRect = () => new DOMRect(10, 10, 400, 40);
	return el;
};
const badge = () => roots.map((r) => r.querySelector('.badge')?.getAttribute('aria-label')).find(Boolean);
const button = (text: string) =>
	roots
		.flatMap((r) => [...r.querySelectorAll<HTMLButtonElement>('button')])
		.find((b) => b.textContent?.trim() === text);

let coach: ChatCoach | undefined;
beforeEach(() => {
	useEnglish();
	roots.length = 0;
	history.replaceState(null, '', '/client/T1/C1');
});
afterEach(() => {
	coach?.stop();
	coach = undefined;
	document.body.innerHTML = '';
});

async function typed(t: ReturnType<typeof setup>, el: HTMLElement, text: string) {
	el.focus();
	type(el, text);
	await wait(150);
	await t.coach.current()?.flush();
}

describe('controls that learn', () => {
	it('remembers a dismissal for its draft across a reload, and not for a new draft', async () => {
		const el = composer();
		const t = setup();
		coach = t.coach;
		await typed(t, el, 'Fix it ASAP');
		expect(badge()).toBe('1 Unhurried hint — open');
		t.coach.current()?.openCard();
		button('Dismiss')?.click();
		expect(t.env.hintControl).toHaveBeenCalledWith(expect.objectContaining({ op: 'dismiss' }));
		expect(t.settings().dismissedHints).toHaveLength(1);
		// A reload: a new coach, the same draft restored, the settings as the background kept them.
		coach.stop();
		const el2 = composer();
		const t2 = setup({ dismissedHints: t.settings().dismissedHints });
		coach = t2.coach;
		await typed(t2, el2, 'Fix it ASAP');
		expect(t2.analyze).toHaveBeenCalled();
		expect(badge()).toBeUndefined();
		await typed(t2, el2, 'Ship the deck ASAP');
		expect(badge()).toBe('1 Unhurried hint — open');
	});

	it('does not flag a silenced phrase again, in a new draft', async () => {
		const el = composer();
		const t = setup();
		coach = t.coach;
		await typed(t, el, 'Fix it ASAP');
		t.coach.current()?.openCard();
		button('More…')?.click();
		await wait(0); // Preact renders the menu on the next tick
		button('Don’t flag “ASAP” again')?.click();
		expect(t.settings().quietPhrases).toEqual([{ rule: 'false-urgency', phrase: 'asap' }]);
		await typed(t, el, '');
		await typed(t, el, 'Send me the deck ASAP');
		expect(badge()).toBeUndefined();
	});

	it('snoozes a rule until its time, then hints again (clock injected)', async () => {
		const clock = { now: T0 };
		const el = composer();
		const t = setup({}, clock);
		coach = t.coach;
		await typed(t, el, 'Fix it ASAP');
		t.coach.current()?.openCard();
		button('More…')?.click();
		await wait(0); // Preact renders the menu on the next tick
		button('Snooze this rule for an hour')?.click();
		expect(t.settings().snoozedRules).toEqual([{ rule: 'false-urgency', until: T0 + 3_600_000 }]);
		await typed(t, el, 'Fix it ASAP now');
		expect(badge()).toBeUndefined();
		clock.now = T0 + 3_600_001;
		await typed(t, el, 'Fix it ASAP today');
		expect(badge()).toBe('1 Unhurried hint — open');
	});

	it('shows an undo toast that says where to change it, and Undo restores the hint', async () => {
		const el = composer();
		const t = setup();
		coach = t.coach;
		await typed(t, el, 'Fix it ASAP');
		t.coach.current()?.openCard();
		button('Turn off this rule')?.click();
		const toast = roots.map((r) => r.querySelector('.toast')).find(Boolean);
		expect(toast?.textContent).toContain('Urgency rule turned off.');
		expect(toast?.textContent).toContain('Turn it back on in Options → Rules.');
		expect(badge()).toBeUndefined();
		button('Undo')?.click();
		expect(t.env.hintControl).toHaveBeenCalledWith({ op: 'enable-rule', rule: 'false-urgency' });
		expect(badge()).toBe('1 Unhurried hint — open');
		expect(roots.map((r) => r.querySelector('.toast')).find(Boolean)).toBeUndefined();
	});

	it('marks a paused composer as paused instead of showing nothing', async () => {
		const el = composer();
		const t = setup({ pausedUntil: T0 + 3_600_000 });
		coach = t.coach;
		await typed(t, el, 'Fix it ASAP');
		const mark = roots.map((r) => r.querySelector('.badge.status')).find(Boolean);
		expect(mark?.getAttribute('aria-label')).toBe('Unhurried: paused');
		expect(t.analyze).not.toHaveBeenCalled();
	});
});
