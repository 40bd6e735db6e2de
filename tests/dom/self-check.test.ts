import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzerApi } from '../../src/content/chat/analyzer-api.js';
import { type ChatCoach, startChatCoach } from '../../src/content/chat/chat-coach.js';
import { sitesFor } from '../../src/content/chat/sites/chat-sites.js';
import { pageSkeleton } from '../../src/content/shared/page-skeleton.js';
import { createSelfCheckRecorder } from '../../src/content/shared/self-check-recorder.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { cannotRead, type SelfCheckFrame } from '../../src/shared/self-check.js';
import { Settings } from '../../src/shared/storage.js';

const setURL = (url: string) =>
	(window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

let coach: ChatCoach | undefined;
afterEach(() => {
	coach?.stop();
	coach = undefined;
	document.body.innerHTML = '';
});

/** The coach on the page at `url`, with a recorder whose reports are kept. */
function start(url: string) {
	setURL(url);
	const reports: SelfCheckFrame[] = [];
	const site = sitesFor(new URL(url)).find((s) => !s.selfHosted)?.id ?? null;
	const selfCheck = createSelfCheckRecorder('chat', site, (f) => reports.push(f));
	const settings = Settings.parse({});
	coach = startChatCoach({
		doc: document,
		sites: sitesFor,
		selfCheck,
		loadAnalyzer: async (): Promise<AnalyzerApi> => ({
			analyzeChatDraft: () => ({ status: 'ok' as const, findings: [] }),
		}),
		norms: { get: async () => DEFAULT_NORMS, watch: () => {} },
		settings: { get: async () => settings, watch: () => {} },
		disableRule: vi.fn(async () => {}),
		recordStat: vi.fn(),
		identifyLanguage: async () => 'en',
		now: Date.now,
	});
	return { reports, selfCheck };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('self-check', () => {
	it("says a known site can't be read after three focuses on a composer its adapter does not know", async () => {
		const { reports } = start('https://app.slack.com/client/T1/C1');
		document.body.innerHTML = '<div id="x" class="new-composer" contenteditable="true" role="textbox"></div>';
		await tick();
		const box = document.getElementById('x') as HTMLElement;
		for (let i = 0; i < 3; i++) {
			box.focus();
			box.blur();
		}
		const last = reports.at(-1) as SelfCheckFrame;
		expect(last).toMatchObject({ site: 'slack', misses: 3, readable: 0 });
		expect(last.last).toMatchObject({
			adapter: 'generic',
			entry: -1,
			editor: 'contenteditable',
			source: 'none',
		});
		expect(cannotRead(last)).toBe(true);
	});

	it('is content once the site adapter reads a composer, and records the entry, editor and context source', async () => {
		const { reports } = start('https://app.slack.com/client/T1/D42');
		document.body.innerHTML =
			'<div data-qa="message_input"><div id="q" class="ql-editor" contenteditable="true" data-gramm="false"></div></div>';
		await tick();
		(document.getElementById('q') as HTMLElement).focus();
		const last = reports.at(-1) as SelfCheckFrame;
		expect(last).toMatchObject({ site: 'slack', readable: 1, misses: 0 });
		expect(last.last).toMatchObject({
			adapter: 'slack',
			entry: 0,
			editor: 'quill',
			kind: 'dm',
			source: 'url',
		});
		expect(cannotRead(last)).toBe(false);
	});

	it('decides the site at each focus: Discord entered at /app, then routed to a channel', async () => {
		const { reports } = start('https://discord.com/app');
		document.body.innerHTML =
			'<div id="d" role="textbox" data-slate-editor="true" contenteditable="true"></div>';
		await tick();
		history.pushState(null, '', '/channels/1/2');
		(document.getElementById('d') as HTMLElement).focus();
		expect(reports.at(-1)?.last).toMatchObject({ adapter: 'discord', editor: 'slate', kind: 'channel' });
		expect(coach?.sessions().map((s) => s.site.id)).toEqual(['discord']);
	});

	it('counts nothing on an opted-out editor or an unknown page', async () => {
		const { reports } = start('https://notes.example.org/');
		document.body.innerHTML =
			'<div id="a" contenteditable="true"></div><div data-enable-grammarly="false"><div id="b" contenteditable="true"></div></div>';
		await tick();
		for (const id of ['a', 'b', 'a', 'b']) (document.getElementById(id) as HTMLElement).focus();
		expect(reports.at(-1)).toMatchObject({ site: null, misses: 0 });
		expect(cannotRead(reports.at(-1) as SelfCheckFrame)).toBe(false);
	});
});

describe('page skeleton', () => {
	const WORDS = 'Zanzibar quokka marmalade Priyanka';
	const PAGE = `<main class="p-workspace__primary_view c-8xq7Rt">
		<h1 data-qa="channel_name" id="chan-4815162342">Marmalade launch</h1>
		<a href="https://files.example.org/secret/4815162342">Quokka plan.pdf</a>
		<span data-name="Priyanka Raman" data-email="priyanka@example.org" title="Priyanka Raman">Priyanka</span>
		<c-wiz data-group-id="space/AAAA4815162342" data-topic-id="Zanzibar">
		<div data-qa="message_input" class="c-texty_input ql-container">
			<div id="ed" class="ql-editor" contenteditable="true" role="textbox" aria-label="Message #marmalade"
				aria-multiline="true" data-gramm="false" data-placeholder="Message Zanzibar" spellcheck="false">
				<p>${WORDS} 4815162342 priyanka@example.org https://zanzibar.example.org/x</p></div>
		</div></c-wiz>
		<input type="text" value="quokka search" aria-label="Search Zanzibar">
	</main>`;

	it('keeps the structure and none of the text, names, emails, URLs or long ids', () => {
		document.body.innerHTML = PAGE;
		const skeleton = pageSkeleton(document.getElementById('ed') as HTMLElement);
		// Every word of the page's text and of the draft typed into the editor is gone…
		const pageWords =
			`${document.body.textContent} ${WORDS} Marmalade launch Quokka plan pdf Raman example secret files`
				.split(/[^\p{L}\p{N}]+/u)
				.filter((w) => w.length >= 3);
		for (const word of pageWords) expect(skeleton.toLowerCase()).not.toContain(word.toLowerCase());
		expect(skeleton).not.toMatch(/@|https?:|4815162342/);
		// …and what a contributor needs to update an adapter is there.
		expect(skeleton).toContain('data-qa=message_input');
		expect(skeleton).toContain('contenteditable=true');
		expect(skeleton).toContain('role=textbox');
		expect(skeleton).toContain('aria:[label,multiline]');
		expect(skeleton).toContain('class:[ql-]');
		expect(skeleton).toContain('data-gramm=false');
		expect(skeleton).toContain('data-group-id=space/…');
		expect(skeleton).toMatch(/div .*◀ focused/);
		expect(skeleton).toMatch(/text\(\d+\)/);
	});
});

describe('self-check store (background)', () => {
	it('keeps each frame per tab, starts over on a new top page, and forgets a closed tab', async () => {
		const { createSelfCheckStore } = await import('../../src/background/self-check-store.js');
		const store = createSelfCheckStore();
		const frame = (over: Partial<SelfCheckFrame>): SelfCheckFrame => ({
			surface: 'chat',
			site: 'teams',
			focuses: 0,
			misses: 0,
			readable: 0,
			last: null,
			...over,
		});
		await store.report(4, 0, frame({}));
		await store.report(4, 7, frame({ focuses: 3, misses: 3 }));
		expect((await store.frames(4)).frames.map((f) => [f.frameId, f.misses])).toEqual([
			[0, 0],
			[7, 3],
		]);
		expect((await store.frames(4)).frames.some(cannotRead)).toBe(true);
		// A new page in the tab (its top frame reports from zero): the old page's frames are gone.
		await store.report(4, 0, frame({ site: 'slack' }));
		expect((await store.frames(4)).frames).toEqual([{ ...frame({ site: 'slack' }), frameId: 0 }]);
		await store.report(undefined, 0, frame({}));
		await store.forget(4);
		expect((await store.frames(4)).frames).toEqual([]);
	});
});
