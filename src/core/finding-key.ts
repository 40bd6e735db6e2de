/** How a finding is recognised across re-analyses of a draft, and across reloads once dismissed: one definition for every surface. */
import type { Finding } from './finding.js';

/** A finding's identity across re-analyses of one draft (offsets move as the person types). */
export const findingKey = (f: Finding, text: string) =>
	`${f.rule}\u0000${f.kind}\u0000${f.span ? text.slice(f.span.start, f.span.end) : ''}\u0000${f.message}`;

/**
 * A dismissed hint's id, kept in the settings: a hash (never the words) of the hint and the start of its draft,
 * so it stays dismissed in that draft after a reload and shows again in a new one.
 */
export function hintId(f: Finding, text: string): string {
	const s = `${findingKey(f, text)}\u0000${text.slice(0, 40)}`;
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(36);
}
