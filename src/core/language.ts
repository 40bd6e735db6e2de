/**
 * Is the draft mostly English? The rules only know English, and a hint on a message they cannot read is
 * noise, so a mostly non-English draft gets a "not supported" state instead of findings.
 */
import type { DraftFacts } from './draft-facts.js';

/** Frequent English words; a sentence of English almost always has a few. */
const COMMON = new Set(
	(
		'the a an and or but if of to in on at for with from by about as into is are was were be been am do does ' +
		'did have has had will would can could should may might must not no yes this that these those it its ' +
		'i me my we us our you your he him his she her they them their what which who when where why how ' +
		'there here all any some just so then than too very please thanks thank hi hey hello ok okay get got ' +
		'need want know let see up out now today tomorrow new one also only more'
	).split(' '),
);

/** Share of letters outside the Latin script, and of Latin words that are common English words. */
export function isMostlyEnglish(draft: DraftFacts): boolean {
	let letters = 0;
	let latin = 0;
	let words = 0;
	let common = 0;
	for (const s of draft.sentences) {
		s.tokens.forEach((t, i) => {
			if (s.tokenKinds[i] !== undefined) return;
			for (const ch of t.norm) {
				if (/\p{L}/u.test(ch)) {
					letters++;
					if (/[a-z\u00c0-\u024f]/i.test(ch)) latin++;
				}
			}
			if (/^[a-z']+$/.test(t.norm)) {
				words++;
				if (COMMON.has(t.norm)) common++;
			}
		});
	}
	if (letters >= 8 && latin / letters < 0.5) return false;
	if (words >= 6 && common / words < 0.1) return false;
	return true;
}
