/**
 * Content script (content.js): the chat coach on the page. The coach itself (analyzer.js) rides along
 * unevaluated and runs the first time a composer gets focus (analyzer-api.ts). It writes
 * into an editor only when the person picks a fix; our exceptions stay here: nothing we throw reaches the page.
 */
import { countWords } from '../../core/text/draft-stats.js';
import { effectiveNorms, settings } from '../../shared/local-view.js';
import { send } from '../../shared/messages.js';
import { handleTabMessage } from '../../shared/tab-messages.js';
import { startSelfCheck } from '../shared/self-check-recorder.js';
import { loadAnalyzer } from './analyzer-api.js';
import { startChatCoach } from './chat-coach.js';
import { sitesFor } from './sites/chat-sites.js';

/** The status mark on <html> (loaded, then connected): written for tests and tools, never read. */
const MARK = 'unhurried';
/** The double-injection guard lives in the isolated world, where the page cannot set it (finding 7). */
const STARTED = Symbol.for('unhurried.content');

function start(): void {
	const world = globalThis as unknown as Record<symbol, unknown>;
	// Double-injection guard (e.g. manifest script plus a runtime registration on the same page).
	if (world[STARTED]) return;
	world[STARTED] = true;
	const root = document.documentElement;
	root.dataset[MARK] = 'loaded';
	const controller = new AbortController();
	const { signal } = controller;
	addEventListener('pagehide', () => controller.abort(), { signal });

	startChatCoach(
		{
			doc: document,
			// Asked at each focus: Discord entered at /app routes to /channels/… without a load.
			sites: sitesFor,
			selfCheck: startSelfCheck(
				'chat',
				sitesFor(new URL(location.href)).find((s) => !s.selfHosted)?.id ?? null,
				signal,
			),
			loadAnalyzer: async () => loadAnalyzer(),
			norms: {
				get: async () => (await effectiveNorms.get()).norms,
				watch: (cb, s) => effectiveNorms.watch((e) => cb(e.norms), s),
			},
			settings,
			disableRule: (rule) => send({ type: 'cs/disable-rule', rule }),
			openNorms: (norm) => void send({ type: 'cs/open-norms', norm }).catch(() => {}),
			remind: async (reminder) => {
				try {
					return (await send({ type: 'cs/remind', ...reminder })).ok;
				} catch {
					return false; // the card then says it could not set the reminder
				}
			},
			hintControl: (msg) => send({ type: 'cs/hint-control', ...msg }),
			recordStat(kind, event) {
				send({ type: 'cs/record-stat', kind, event }).catch(() => {
					// The worker may be restarting; one lost count is not worth a retry queue.
				});
			},
			identifyLanguage: async (text) => (await send({ type: 'cs/identify-language', text })).lang,
			draftSeen(adapter, text) {
				send({
					type: 'cs/draft-seen',
					site: location.hostname,
					// The message keeps its two kinds: fields, and every rich editor as contenteditable.
					editor: adapter.kind === 'textarea' ? 'textarea' : 'contenteditable',
					words: countWords(text),
					chars: text.length,
				}).catch(() => {});
			},
			onOpenHints(cb, s) {
				handleTabMessage(
					'bg/open-hints',
					() => {
						cb();
						return undefined;
					},
					s,
				);
			},
			now: () => Date.now(), // read at each call: the e2e moves this world's clock to end a snooze
			timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
		},
		signal,
	);

	send({ type: 'any/ping' })
		.then(() => {
			if (!signal.aborted) root.dataset[MARK] = 'connected';
		})
		.catch(() => {});
}

try {
	start();
} catch (error) {
	console.debug('[unhurried] content script did not start', error);
}
