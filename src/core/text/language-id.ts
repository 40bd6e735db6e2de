/**
 * The language identifier for drafts the word lists are unsure of: tinyld's light model (character n-grams,
 * about 80 KB). Chosen over franc-min and eld on size and on short drafts (the README has the figures). Used by
 * the CLI and the background worker; the content script asks the worker, so the pages never load it.
 */
import { detect } from 'tinyld/light';

/** The draft's language as an ISO 639-1 code, or "und"; code, links, handles and placeholders left out. */
export function identifyLanguage(text: string): string {
	const prose = text
		.slice(0, 4000)
		.replace(/```[\s\S]*?```|`[^`\n]*`/g, ' ')
		.replace(/\bhttps?:\/\/\S+|<[a-z]+>|@\S+|#\d+/gi, ' ');
	return detect(prose) || 'und';
}
