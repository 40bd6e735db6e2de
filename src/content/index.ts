/**
 * Content script: reads drafts as the person types and, for now, reports their size to the background.
 * It never writes into the editor. Our exceptions stay here: nothing we throw reaches the page.
 */

import { countWords } from '../core/draft-stats.js';
import { send } from '../shared/messages.js';
import { debounce } from './debounce.js';
import { detectEditor } from './editors/detect-editor.js';

const MARK = 'unhurried';

function start(): void {
	const root = document.documentElement;
	// Double-injection guard (e.g. manifest script plus a runtime registration on the same page).
	if (root.dataset[MARK]) return;
	root.dataset[MARK] = 'loaded';
	const controller = new AbortController();
	const { signal } = controller;

	const report = debounce(
		(target: EventTarget | null) => {
			const adapter = target instanceof Element ? detectEditor(target) : undefined;
			if (!adapter) return;
			const text = adapter.getText();
			send({
				type: 'cs/draft-seen',
				site: location.hostname,
				// The message keeps its two kinds: fields, and every rich editor as contenteditable.
				editor: adapter.kind === 'textarea' ? 'textarea' : 'contenteditable',
				words: countWords(text),
				chars: text.length,
			}).catch(() => {
				// The worker may be restarting; the next pause reports again.
			});
		},
		300,
		signal,
	);

	document.addEventListener('input', (event) => report(event.target), { capture: true, signal });
	addEventListener('pagehide', () => controller.abort(), { signal });
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
