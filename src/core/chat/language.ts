/**
 * Is the draft mostly English? The rules only know English, and a hint on a message they cannot read is
 * noise, so a mostly non-English draft gets a "not supported" state instead of findings.
 */
import type { DraftFacts, LanguageStats, SentenceCore } from './sentence.js';

/**
 * Frequent English words that are not also everyday words in the other languages people write in Latin
 * script ("a", "me", "no", "do", "as", "so", "die", "con" are left out on purpose).
 */
const ENGLISH = new Set(
	(
		'the and or but if of to for with from by about into is are was were be been am does did have has had ' +
		'will would can could should might must not yes this that these those it its i my we us our you your ' +
		'he him his she her they them their what which who when where why how there here all any some just ' +
		'then than too very please thanks thank hi hey hello ok okay get got need want know let see up out now ' +
		"today tomorrow one also only more it's i'm don't can't doesn't isn't didn't won't i'll we're you're " +
		'cant dont im ive ill thats whats lets pls plz thx yeah yep nope anyone someone something anything ' +
		'should would could been being doing done after before because while still again already ' +
		'work working fix fixed issue error help sorry'
	).split(' '),
);

/** Frequent words of other Latin-script languages that are not English words. */
const FOREIGN = new Set(
	// Portuguese, Spanish, French, German, Italian, Dutch, Catalan: articles, pronouns, common verbs.
	(
		'de que não nao você voce está esta estão com uma um para por isso isto também tambem mais muito ' +
		'obrigado obrigada olá ola tudo bem aqui agora ainda já ja sim pode preciso estou foi ser tem ' +
		'el los las del por qué porque está estoy tengo puedes gracias hola pero muy también sí más ' +
		'ya aquí ahora todo nada algo alguien cuando donde hay hace sigue ' +
		'le les des est pas une dans sur pour avec mais aussi très merci bonjour salut je tu nous vous ' +
		'il elle ils sont fait cela ça ca où quoi qui peux peut encore toujours déjà ' +
		'der die das und ist nicht ich du wir ihr sie es ein eine einen mit auf für fur bei noch schon ' +
		'auch aber oder wenn dann hier jetzt heute morgen danke bitte hallo kann können konnen habe hat ' +
		'bin sind wird gibt kein keine mal mich dich uns euch ' +
		'di che non è il gli della delle dei per con sono ho hai ma anche molto grazie ciao ' +
		'sei siamo questo questa quello qui adesso ancora già perché perche ' +
		'het een niet ik je jij wij zijn maar ook nog wel dank alvast graag kunnen hebben ' +
		'o da dos das em na nas ao aos ele ela eles nós nos seu sua meu minha depois ' +
		'la del alla nel nella sul dal ti si gli loro suo sua mio mia dopo domani oggi ' +
		// Greetings, time words and everyday pronouns, which short drafts are made of.
		'quando onde até amanhã hoje ontem valeu todos todas bom boa dia noite tchau ' +
		'buenos buenas días noches mañana ayer todos todas cuándo dónde nosotros ustedes ' +
		'désolé désolée demain hier aujourd toujours rien tout tous merci bonsoir ' +
		'morgens gestern heute tschüss genau leider vielleicht warum wann wieso ' +
		'tutti tutte buongiorno buonasera scusa scusate domani ieri quando perché niente'
	).split(' '),
);

/** Letters, Latin letters, plain words and common English words in a sentence's prose tokens. */
export function languageStats(sentence: SentenceCore): LanguageStats {
	const stats = { letters: 0, latin: 0, words: 0, english: 0, foreign: 0 };
	sentence.tokens.forEach((t, i) => {
		if (sentence.tokenKinds[i] !== undefined) return;
		// The script from the text as written: compromise's normal form spells some other scripts in Latin.
		const raw = sentence.text.slice(t.start, t.end).toLowerCase();
		for (let k = 0; k < raw.length; k++) {
			const c = raw.charCodeAt(k);
			if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
				stats.letters++;
				stats.latin++;
			} else if (c > 0x24f && /\p{L}/u.test(raw[k] ?? '')) stats.letters++;
		}
		if (/^[\p{L}']+$/u.test(t.norm)) {
			stats.words++;
			// As written first ("até", "désolé"), then compromise's normal form (contractions expanded).
			const word = raw.replace(/[’]/g, "'");
			if (ENGLISH.has(word) || ENGLISH.has(t.norm)) stats.english++;
			else if (FOREIGN.has(word) || FOREIGN.has(t.norm)) stats.foreign++;
		}
	});
	return stats;
}

/**
 * What the word lists say of a draft's language: `english`, `other` (another script, or clearly another
 * language), or `unsure` — few English words and not clearly another language, for a language identifier
 * to settle.
 */
export type EnglishVerdict = 'english' | 'other' | 'unsure';

/** Settles an unsure verdict with a language identifier's guess (an ISO 639-1 code, or "und"). */
export function settleVerdict(draft: DraftFacts, guess: string): 'english' | 'other' {
	// Another language needs the identifier's word and one of that language's own function words: short
	// English drafts ("CI green, merging") fool identifiers, but they hold no "que", "und" or "pour".
	if (guess === 'en' || guess === 'und') return 'english';
	return draft.sentences.some((s) => s.lang.foreign > 0) ? 'other' : 'english';
}

export function englishVerdict(draft: DraftFacts): EnglishVerdict {
	let letters = 0;
	let latin = 0;
	let words = 0;
	let english = 0;
	let foreign = 0;
	for (const { lang } of draft.sentences) {
		letters += lang.letters;
		latin += lang.latin;
		words += lang.words;
		english += lang.english;
		foreign += lang.foreign;
	}
	if (letters >= 8 && latin / letters < 0.5) return 'other';
	// Another language almost always shows one of its own function words; English text none of them.
	if (foreign === 0) return english > 0 || words <= 3 ? 'english' : 'unsure';
	if (english >= 2 && english >= 2 * foreign) return 'english';
	if (foreign >= 3 && foreign >= 3 * english) return 'other';
	return 'unsure';
}
