/**
 * Strings for our pages through the extension i18n convention (`public/_locales/<lang>/messages.json`).
 * A missing key shows the key itself, so a gap is visible rather than blank.
 */
import browser from '../browser.js';

/** The message for `key`, with `$1`…`$9` placeholders filled from `subs`. */
export function t(key: string, subs?: string | number | readonly (string | number)[]): string {
	const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
	try {
		return browser.i18n.getMessage(key, list) || key;
	} catch {
		return key;
	}
}

const plurals = new Intl.PluralRules('en');

/** A count in words with the right plural: `${key}_one` / `${key}_other` (…) picked by the count. */
export function tn(key: string, count: number, subs: readonly (string | number)[] = []): string {
	return t(`${key}_${plurals.select(count)}`, [count, ...subs]);
}
