/**
 * The self-check: what each frame's content script saw of the page it runs on, so the popup can say
 * "Unhurried can't read this page" instead of staying silent. Structure only: which adapter and which entry of
 * its table matched, the editor kind, where the conversation's kind came from, which fields could not be read;
 * never a name, a label or any text of the page.
 */
import { z } from 'zod';

/** After this many focuses on editors (or calendar forms) a site's adapter could not read, the popup says so. */
export const SELF_CHECK_MISSES = 3;

const Word = z.string().max(60);

export const SelfCheckReading = z.object({
	/** The adapter that took the editor ('generic' when the site's own selectors missed). */
	adapter: Word,
	/** Which entry of its table matched (0 = most trusted), -1 for none. */
	entry: z.number().int().min(-1).max(100),
	/** The editor kind, 'opted-out' (data-enable-grammarly="false") or 'none' (not an editor we support). */
	editor: Word,
	/** DM, channel or thread, and where that came from (structure, url, label, title, none). */
	kind: Word.optional(),
	source: Word.optional(),
	/** Form fields that could not be read (calendar), by their field names. */
	unreadable: z.array(Word).max(20).default([]),
});
export type SelfCheckReading = z.output<typeof SelfCheckReading>;

export const SelfCheckFrame = z.object({
	surface: z.enum(['chat', 'calendar']),
	/** The site this page's host belongs to (an adapter matched the URL), null on a page no adapter knows. */
	site: Word.nullable(),
	focuses: z.number().int().nonnegative(),
	/** Focuses (or form readings) where the site's adapter could not read what the person uses. */
	misses: z.number().int().nonnegative(),
	/** Readings that worked (a composer claimed by the site's adapter, a form read whole). */
	readable: z.number().int().nonnegative(),
	last: SelfCheckReading.nullable(),
});
export type SelfCheckFrame = z.output<typeof SelfCheckFrame>;

/** A frame that should be read and is not: the site is known, and misses came with no reading that worked. */
export function cannotRead(frame: SelfCheckFrame): boolean {
	return frame.site !== null && frame.readable === 0 && frame.misses >= SELF_CHECK_MISSES;
}
