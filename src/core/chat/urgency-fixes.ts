/**
 * Fixes for a pressure word that keep the person's sentence: the word gives way to a time the person picks
 * ("send the deck ASAP" → "send the deck by 3 pm"), in the grammar it stood in — an adverb is replaced, a
 * predicate ("this is super urgent") becomes "needed by …", a headline ("URGENT:") "Needed by …:", an
 * adjective before a noun leaves and the time closes the sentence. Never a placeholder.
 */
import type { Fix, Span } from '../finding.js';
import type { TimeChoice } from './time-choices.js';

const ADJECTIVE = /^(?:urgent|top priority|highest priority|time[- ]sensitive)$/i;
const INTENSIFIER = /(?:\b(?:super|very|really|so|extremely|quite|pretty|rather|incredibly|most)\s+)+$/i;
const COPULA = /\b(?:is|are|was|it's|its|that's|this's|'s|’s|be|being|seems?)\s+$/i;
const ARTICLE = /\b(an?)\s+$/i;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const startsSentence = (text: string, at: number) => /(?:^|[.!?:\n]\s*)$/.test(text.slice(0, at));

/** The end of the sentence's words: before its closing punctuation and spaces. */
function contentEnd(text: string, sentence: { at: number; text: string }): number {
	const body = sentence.text.replace(/[\s.!?…]+$/u, '');
	return sentence.at + body.length;
}

/** One replace fix per time choice for the pressure word at `span` in `text`. */
export function urgencyChoiceFixes(
	text: string,
	sentence: { at: number; text: string },
	span: Span,
	choices: readonly TimeChoice[],
): Fix[] {
	const word = text.slice(span.start, span.end);
	const before = text.slice(sentence.at, span.start);
	const after = text.slice(span.end);
	const first = startsSentence(text, span.start);
	const fix = (label: string, s: Span, t: string): Fix => ({ type: 'replace', label, span: s, text: t });

	// "drop everything and review it": the demand leaves, the time closes the sentence.
	const verb = /^drop everything$/i.test(word);
	if (!ADJECTIVE.test(word) && !verb) {
		// An adverb: "ASAP", "right away", "now" — the time stands where it stood.
		return choices.map((c) => fix(c.label, span, first ? capitalize(c.phrase) : c.phrase));
	}
	// A headline: "URGENT: the deploy…", "Urgent - …", or the word alone.
	if (first && (/^\s*[:\-–—]/.test(after) || after.trim() === '')) {
		return choices.map((c) => fix(c.label, span, c.calm ? 'No rush' : `Needed ${c.phrase}`));
	}
	if (verb) {
		const and = /^\s*(?:,\s*)?(?:and\s+)?/i.exec(after)?.[0] ?? '';
		const end = contentEnd(text, sentence);
		const rest = text.slice(span.end + and.length, end);
		if (end <= span.end + and.length || !rest) return [];
		const joined = first ? capitalize(rest) : rest;
		return choices.map((c) => fix(c.label, { start: span.start, end }, `${joined} ${c.phrase}`));
	}
	const lead = before.match(INTENSIFIER)?.[0] ?? '';
	const beforeLead = before.slice(0, before.length - lead.length);
	// A predicate: "this is (super) urgent", "it's top priority".
	if (COPULA.test(beforeLead)) {
		const s = { start: span.start - lead.length, end: span.end };
		return choices.map((c) => fix(c.label, s, c.calm ? 'not urgent' : `needed ${c.phrase}`));
	}
	// Before a noun: "an urgent review of the deck" → "a review of the deck by 3 pm".
	const article = beforeLead.match(ARTICLE);
	const start = span.start - lead.length - (article ? (article[0]?.length ?? 0) : 0);
	const end = contentEnd(text, sentence);
	if (end <= span.end) return [];
	const rest = text.slice(span.end, end).replace(/^\s+/, '');
	const fixedArticle = article ? `${/^[aeiou]/i.test(rest) ? 'an' : 'a'} ` : '';
	const joined = `${fixedArticle}${rest}`;
	const lead0 = startsSentence(text, start) ? capitalize(joined) : joined;
	return choices.map((c) => fix(c.label, { start, end }, `${lead0} ${c.phrase}`));
}
