/**
 * "this", "that", "it" in an ask, and whether the draft gives them something to point at. The reader sees
 * one message: an antecedent must come before the word (in an earlier sentence or an earlier clause) and
 * be a thing — a link, an ID, code, a quote, a named noun — not a person or a time.
 */

import type { StructKind } from '../text/text-structure.js';
import type { DraftFacts, Sentence, SentenceCore } from './sentence.js';
import { clauseStart } from './speech-acts.js';

/** A word list written as one string, one space between words. */
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Words that cannot be the thing a pronoun points at. */
const NOT_A_THING = words(
	"a an the this that these those it its it's they them their i me my we us our you your he him his she her " +
		'and or but so if when then than as at by for from in into of on onto to with without about over under ' +
		'up down out off again too also just only very really still even not no yes all any some each every ' +
		'is are was were be been being am do does did done have has had can could will would shall should may ' +
		'might must need needs want wants get got make made go going gone see seen know think let take give ' +
		'send check fix look help work try use find come put keep tell ask say said please thanks thank ' +
		'now today tomorrow yesterday tonight while time times moment minute minutes second hour hours day days ' +
		'week weeks month months year morning afternoon evening night weekend soon later asap ' +
		'one ones thing things stuff lot bit way something anything everything nothing someone anyone everyone ' +
		'what which who whom whose where why how here there well ok okay hi hey hello ' +
		'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
		'august september october november december',
);
const DETERMINER = new Set([
	'the',
	'a',
	'an',
	'my',
	'your',
	'our',
	'their',
	'his',
	'her',
	'its',
	'some',
	'each',
	'every',
	'any',
	'this',
	'that',
	'these',
	'those',
	'another',
	'which',
]);
const THING_KINDS: ReadonlySet<StructKind> = new Set([
	'link',
	'video-link',
	'id',
	'file',
	'code',
	'quote',
	'attachment',
	'email',
	'version',
	'error',
]);
/** After these, "that" introduces a clause ("I think that …"), it does not point. */
const THAT_COMPLEMENTIZER = words(
	'so such sure think thought know knew say said hope believe mean means noted given assume guess feel than like is was seems',
);
/** After "that", these show it stands alone ("is that done?", "send that asap"). */
const THAT_ALONE = words(
	'asap now please again too soon today tomorrow right for by to with when until before and or but done working happened fixed out up back paid sent yet already over in here through along',
);
/** After "it", these show it is the empty subject of "it is …", "it seems …". */
const IT_EXPLETIVE = words(
	"is 's was would will seems looks appears might may could should must has had takes took be makes sounds feels depends",
);
/** After "this", a time word makes a time ("this afternoon"), not a pointer. */
const TIME_NOUN = words(
	'morning afternoon evening night week weekend month year quarter sprint time round cycle monday tuesday wednesday thursday friday saturday sunday',
);
/** "is it possible", "is it ok": the empty "it" of an inverted question. */
const IT_EMPTY_PREDICATE = words(
	'possible ok okay true fine worth normal necessary better best easier likely bad good safe too',
);
const AUX = words('will would can could is was does did has have should shall may might must');

/** After "the file" …, these leave it unexplained ("send me the file by noon"); anything else may say which. */
const THE_GENERIC_END = words(
	'asap now please again too soon today tomorrow right by to before until and or but yet already back over',
);

/** Irregular participles: "need this paid", "get that done". */
const PARTICIPLE = words(
	'paid done sent made set signed built gone seen taken given put cut run got gotten read',
);

/** Verbs after which "it"/"this" is an idiom or the message itself ("make it", "when you get this"). */
const IDIOM_VERB = new Set([
	'make',
	'made',
	'get',
	'got',
	'read',
	'receive',
	'received',
	'take',
	'nail',
	'love',
	'like',
]);

export interface Reference {
	sentence: Sentence;
	/** Token indices, last inclusive. */
	first: number;
	last: number;
	/** Offsets in the draft. */
	start: number;
	end: number;
	/** "this", "that issue" … */
	text: string;
}

/** A closed-class or very common word that names nothing by itself. */
export function isFunctionWord(norm: string): boolean {
	return NOT_A_THING.has(norm);
}

/** Is token `i` something a later pronoun can point at? (`firstContent`: where the sentence proper starts.) */
function isThing(sentence: SentenceCore, i: number, firstContent: number): boolean {
	const t = sentence.tokens[i];
	if (!t || t.end === t.start) return false;
	const kind = sentence.tokenKinds[i];
	if (kind && THING_KINDS.has(kind)) return true;
	if (kind === 'name' || kind === 'mention' || kind === 'phone') return false;
	if (NOT_A_THING.has(t.norm) || t.tags.has('Urgency') || t.tags.has('Greeting')) return false;
	if (!/\p{L}/u.test(t.norm)) return false;
	const raw = sentence.text.slice(t.start, t.end);
	if (i > firstContent && /^\p{Lu}/u.test(raw) && raw !== 'I' && !/^\p{Lu}+$/u.test(raw)) return true;
	const prev = sentence.tokens[i - 1];
	return (
		prev !== undefined && (DETERMINER.has(prev.norm) || /^\d+$/.test(prev.norm)) && !t.tags.has('GenericNoun')
	);
}

/** For each token of a sentence: can a later pronoun point at it? */
export function thingMask(sentence: SentenceCore, firstContent: number): boolean[] {
	return sentence.tokens.map((_, i) => isThing(sentence, i, firstContent));
}

/** If token `i` is a pointing word ("this", "that", "it", "this issue"), the index of its last token. */
function pointingEnd(sentence: Sentence, i: number): number | undefined {
	const { tokens } = sentence;
	const t = tokens[i];
	const next = tokens[i + 1];
	const prev = tokens[i - 1];
	if (!t) return undefined;
	const alone = /[.,;:!?)]/.test(t.post) || next === undefined;
	if (prev && IDIOM_VERB.has(prev.norm)) return undefined;
	switch (t.norm) {
		case 'this':
		case 'these':
		case 'those':
			if (alone) return i;
			if (next && TIME_NOUN.has(next.norm)) return undefined;
			if (next?.tags.has('GenericNoun')) return i + 1;
			return next &&
				(NOT_A_THING.has(next.norm) ||
					/(?:ed|ly)$/.test(next.norm) ||
					PARTICIPLE.has(next.norm) ||
					next.tags.has('Urgency'))
				? i
				: undefined;
		case 'that':
			if (prev && THAT_COMPLEMENTIZER.has(prev.norm)) return undefined;
			if (alone) return prev ? i : undefined;
			if (next?.tags.has('GenericNoun')) return i + 1;
			return next && (THAT_ALONE.has(next.norm) || next.tags.has('Urgency')) ? i : undefined;
		case 'the': {
			// "send me the file": a definite generic noun with nothing said about which one.
			if (!next?.tags.has('GenericNoun')) return undefined;
			const after = tokens[i + 2];
			const ends = after === undefined || /[.,;:!?]/.test(next.post) || THE_GENERIC_END.has(after.norm);
			return ends ? i + 1 : undefined;
		}
		case 'it': {
			if (!prev || i <= clauseStart(sentence, i)) return undefined;
			// "will it be ready?": after an inverted auxiliary "it" is the subject, unless "is it possible …".
			const inverted = AUX.has(prev.norm) && sentence.endsWithQuestion;
			const after = tokens[i + 2];
			const empty = [next, after].some((t) => t !== undefined && IT_EMPTY_PREDICATE.has(t.norm));
			// "was it the pay?" asks what something was; the answer follows, nothing is pointed at.
			if (inverted) return empty || (next !== undefined && DETERMINER.has(next.norm)) ? undefined : i;
			if (next && IT_EXPLETIVE.has(next.norm)) return undefined;
			return i;
		}
		default:
			return undefined;
	}
}

/** "need this", "need it done", "want that fixed": the pointer follows the need closely, unnegated. */
function needsIt(sentence: Sentence, i: number): boolean {
	for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
		const w = sentence.tokens[k]?.norm ?? '';
		if (/^(?:need|needs|want|wants|require)$/.test(w))
			return !sentence.tokens.slice(0, k).some((t) => t.norm === 'not' || t.norm === 'never');
	}
	return false;
}

/** Pointing words in asks that have nothing before them to point at. */
export function unresolvedReferences(draft: DraftFacts): Reference[] {
	const found: Reference[] = [];
	let thingBefore = false;
	for (const sentence of draft.sentences) {
		const kind = sentence.question ? 'direct' : sentence.request;
		for (let i = 0; i < sentence.tokens.length; i++) {
			if (!kind) continue;
			const last = pointingEnd(sentence, i);
			if (last === undefined) continue;
			// "I need this signed": the pointer is what is needed; "I don't think we need a meeting for this" is an opinion.
			if (kind === 'need' && !needsIt(sentence, i)) continue;
			const from = clauseStart(sentence, i);
			let resolved = thingBefore;
			for (let k = 0; k < from && !resolved; k++) resolved = sentence.things[k] === true;
			if (resolved) continue;
			const a = sentence.tokens[i];
			const b = sentence.tokens[last];
			if (!a || !b) continue;
			found.push({
				sentence,
				first: i,
				last,
				start: sentence.at + a.start,
				end: sentence.at + b.end,
				text: sentence.text.slice(a.start, b.end),
			});
		}
		thingBefore ||= sentence.hasThing;
	}
	return found;
}

/** True when the draft gives the reader something concrete anywhere: a link, an ID, code, a quote, a file. */
export function hasConcreteContext(draft: DraftFacts): boolean {
	return (
		draft.codeBlocks > 0 ||
		draft.sentences.some((s) =>
			s.struct.some(
				(x) => x.kind !== 'env' && x.kind !== 'name' && x.kind !== 'mention' && x.kind !== 'phone',
			),
		)
	);
}
