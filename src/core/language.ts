/**
 * Is the draft mostly English? The rules only know English, and a hint on a message they cannot read is
 * noise, so a mostly non-English draft gets a "not supported" state instead of findings.
 */
import type { DraftFacts, SentenceCore } from './draft-facts.js';

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

export interface LanguageStats {
	letters: number;
	latin: number;
	words: number;
	common: number;
}

/** Letters, Latin letters, plain words and common English words in a sentence's prose tokens. */
export function languageStats(sentence: SentenceCore): LanguageStats {
	const stats = { letters: 0, latin: 0, words: 0, common: 0 };
	sentence.tokens.forEach((t, i) => {
		if (sentence.tokenKinds[i] !== undefined) return;
		for (let k = 0; k < t.norm.length; k++) {
			const c = t.norm.charCodeAt(k);
			if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
				stats.letters++;
				stats.latin++;
			} else if (c > 0x24f && /\p{L}/u.test(t.norm[k] ?? '')) stats.letters++;
		}
		if (/^[a-z']+$/.test(t.norm)) {
			stats.words++;
			if (COMMON.has(t.norm)) stats.common++;
		}
	});
	return stats;
}

/** Mostly English: at least half the letters Latin, and enough common English words among the words. */
export function isMostlyEnglish(draft: DraftFacts): boolean {
	let letters = 0;
	let latin = 0;
	let words = 0;
	let common = 0;
	for (const { lang } of draft.sentences) {
		letters += lang.letters;
		latin += lang.latin;
		words += lang.words;
		common += lang.common;
	}
	if (letters >= 8 && latin / letters < 0.5) return false;
	if (words >= 6 && common / words < 0.1) return false;
	return true;
}
