/**
 * For pages that run our UI outside the extension (hints-visual, card-states): a `browser` global with the
 * extension's English messages, so the UI's t() reads them as it does in the extension (webextension-polyfill
 * hands back an existing `browser` that has a runtime id).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.js';

export function i18nShim(): string {
	const messages = readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8');
	return `(() => {
		const messages = ${messages};
		const getMessage = (key, subs) => {
			const entry = messages[key];
			if (!entry) return '';
			const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
			const fill = (s) => s.replace(/\\$(\\d)/g, (_, n) => String(args[Number(n) - 1] ?? ''));
			return entry.message.replace(/\\$([A-Za-z0-9_]+)\\$/g, (_, name) => {
				const p = entry.placeholders?.[name.toLowerCase()];
				return p ? fill(p.content) : '';
			});
		};
		const api = { runtime: { id: 'page-test' }, i18n: { getMessage } };
		Object.defineProperty(globalThis, 'chrome', { value: api, configurable: true, writable: true });
		globalThis.browser = api;
	})();`;
}
