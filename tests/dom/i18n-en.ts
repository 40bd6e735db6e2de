/** The English messages for DOM tests: browser.i18n.getMessage as Chrome resolves it (named placeholders → $1…). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

interface Entry {
	message: string;
	placeholders?: Record<string, { content: string }>;
}
export const MESSAGES: Record<string, Entry> = JSON.parse(
	readFileSync(resolve(process.cwd(), 'public/_locales/en/messages.json'), 'utf8'),
);

export function getMessage(key: string, subs?: string | string[]): string {
	const entry = MESSAGES[key];
	if (!entry) return '';
	const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
	const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
	return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
		const p = entry.placeholders?.[name.toLowerCase()];
		return p ? fill(p.content) : '';
	});
}

/** Call in beforeEach (the fake browser is reset before every test). */
export function useEnglish(): void {
	vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
}
