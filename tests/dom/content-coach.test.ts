import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatCoach, CoachEnv } from '../../src/content/chat/chat-coach.js';
import { ENGLISH_ONLY, findingKey } from '../../src/content/chat/composer-session.js';
import { analyzeDraftResult } from '../../src/core/chat/analyze-draft.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import type { Settings } from '../../src/shared/storage.js';
import { ASAP, startFakeCoach, type, wait } from './coach-fixture.js';
import { captureShadowRoots } from './hints-fixture.js';

const setup = (over: Partial<Settings> = {}, env: Partial<CoachEnv> = {}) => startFakeCoach(over, { env });

const slackComposer = (text = '') => {
	document.body.innerHTML = `<div data-qa="message_input"><div class="ql-editor" contenteditable="true">${text}</div></div>`;
	return document.querySelector('.ql-editor') as HTMLElement;
};

let coach: ChatCoach | undefined;
beforeEach(() => {
	history.replaceState(null, '', '/client/T1/C1');
});
afterEach(() => {
	coach?.stop();
	coach = undefined;
	document.body.innerHTML = '';
});

describe('chat coach, drafts in other languages', () => {
	it('asks the worker when the word lists cannot tell, and says it reads English only', async () => {
		const roots = captureShadowRoots();
		const el = slackComposer();
		el.getBoundingClientRect = () => new DOMRect(10, 10, 400, 40);
		const statusOf = () =>
			roots.map((r) => r.querySelector('[role="status"]')?.getAttribute('aria-label') ?? '').join(' ');
		const identify = vi.fn(async (_text: string) => 'pt');
		const t = setup(
			{},
			{ identifyLanguage: identify, loadAnalyzer: async () => ({ analyzeChatDraft: analyzeDraftResult }) },
		);
		coach = t.coach;
		el.focus();
		type(el, 'me liga quando puder');
		await vi.waitFor(() => expect(identify).toHaveBeenCalledWith('me liga quando puder'), { timeout: 2000 });
		await vi.waitFor(() => expect(statusOf()).toContain(ENGLISH_ONLY), { timeout: 2000 });
		// An English draft needs no question to the worker, and loses the badge.
		identify.mockClear();
		type(el, 'Can you review the release notes for 2.4 by Friday?');
		await wait(400);
		expect(statusOf()).not.toContain(ENGLISH_ONLY);
		expect(identify).not.toHaveBeenCalled();
	});
});

describe('chat coach', () => {
	it('finds the site composer, loads the analyzer on focus, analyzes after the typing pause only', async () => {
		const el = slackComposer();
		const t = setup();
		coach = t.coach;
		await wait(0);
		expect(t.coach.sessions()).toHaveLength(1);
		expect(t.env.loadAnalyzer).not.toHaveBeenCalled();
		el.focus();
		expect(t.env.loadAnalyzer).toHaveBeenCalledTimes(1);
		type(el, 'Fix it AS');
		await wait(50);
		type(el, 'Fix it ASAP');
		await wait(50);
		expect(t.analyze).not.toHaveBeenCalledWith('Fix it AS', expect.anything(), expect.anything());
		await wait(120);
		expect(t.analyze).toHaveBeenLastCalledWith(
			'Fix it ASAP',
			expect.objectContaining({ channelKind: 'channel' }),
			DEFAULT_NORMS,
		);
	});

	it('counts a finding as shown once per draft, however often it is re-analyzed', async () => {
		const el = slackComposer();
		const t = setup();
		coach = t.coach;
		el.focus();
		for (const text of ['Fix it ASAP', 'Fix it ASAP please', 'Please fix it ASAP please']) {
			type(el, text);
			await wait(150);
		}
		expect(t.env.recordStat).toHaveBeenCalledTimes(1);
		expect(t.env.recordStat).toHaveBeenCalledWith('false_urgency', 'shown');
		type(el, ''); // sent: a new draft begins
		await wait(150);
		type(el, 'ASAP again');
		await wait(150);
		expect(t.env.recordStat).toHaveBeenCalledTimes(2);
	});

	it('does not analyze during an IME composition', async () => {
		const el = slackComposer();
		const t = setup();
		coach = t.coach;
		el.focus();
		await wait(150);
		t.analyze.mockClear();
		el.dispatchEvent(new CompositionEvent('compositionstart'));
		type(el, 'にほ');
		await wait(150);
		expect(t.analyze).not.toHaveBeenCalled();
		el.dispatchEvent(new CompositionEvent('compositionend'));
		await wait(150);
		expect(t.analyze).toHaveBeenCalledWith('にほ', expect.anything(), expect.anything());
	});

	it('falls back to the focused editor when the site selectors miss, and skips opted-out editors', async () => {
		document.body.innerHTML = `<div id="new-ui" contenteditable="true"></div>
			<div data-enable-grammarly="false"><div id="opted-out" contenteditable="true"></div></div>`;
		const t = setup();
		coach = t.coach;
		await wait(0);
		(document.getElementById('opted-out') as HTMLElement).focus();
		expect(t.coach.sessions()).toHaveLength(0);
		(document.getElementById('new-ui') as HTMLElement).focus();
		expect(t.coach.sessions().map((s) => s.site.id)).toEqual(['generic']);
	});

	it('drops a composer the app removed (SPA navigation) and takes the new one', async () => {
		slackComposer();
		const t = setup();
		coach = t.coach;
		await wait(0);
		const [first] = t.coach.sessions();
		document.body.innerHTML = '';
		const el = slackComposer();
		el.focus();
		expect(first?.signal.aborted).toBe(true);
		expect(t.coach.sessions()).toHaveLength(1);
		expect(t.coach.current()?.adapter.element).toBe(el);
	});

	it('notices a composer added later by the page', async () => {
		document.body.innerHTML = '<main></main>';
		const t = setup();
		coach = t.coach;
		await wait(0);
		expect(t.coach.sessions()).toHaveLength(0);
		(document.querySelector('main') as HTMLElement).innerHTML =
			'<div data-qa="message_input"><div class="ql-editor" contenteditable="true"></div></div>';
		await wait(300);
		expect(t.coach.sessions()).toHaveLength(1);
	});

	it('clears the hints while paused, and stops on a host the person turned off', async () => {
		const el = slackComposer();
		const t = setup();
		coach = t.coach;
		el.focus();
		await t.setSettings({ pausedUntil: Date.UTC(2026, 0, 7) });
		t.analyze.mockClear();
		type(el, 'Fix it ASAP');
		await wait(150);
		expect(t.analyze).not.toHaveBeenCalled();
		await t.setSettings({ disabledHosts: [location.hostname] });
		expect(t.coach.sessions()).toHaveLength(0);
	});

	it('identifies findings by rule, kind, text and message, not by offsets', () => {
		const a = { ...ASAP, span: { start: 0, end: 4 } };
		const b = { ...ASAP, span: { start: 7, end: 11 } };
		expect(findingKey(a, 'ASAP fix')).toBe(findingKey(b, 'Please ASAP'));
	});
});
