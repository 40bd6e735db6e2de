/**
 * Plain structural scanning of a draft: where its sentences, list items and code blocks are, and the
 * things in it that give a reader context (links, identifiers, code, quotes, errors, attachments). Every
 * scan is a single left-to-right pass or a regex without nested repetition, so the cost stays linear.
 */

export interface Segment {
	start: number;
	end: number;
	/** A fenced code block: context for the reader, never parsed as prose. */
	code: boolean;
	/** Starts a line with a list marker ("- ", "* ", "1.", "2)"). */
	listItem: boolean;
	/** The first sentence on its line. */
	lineStart: boolean;
}

/** Sentences longer than this are cut at a space, so one parse never grows without bound. */
const MAX_SENTENCE = 600;
const ABBREVIATIONS = new Set([
	'e.g',
	'i.e',
	'eg',
	'ie',
	'etc',
	'vs',
	'mr',
	'mrs',
	'ms',
	'dr',
	'st',
	'no',
	'fig',
	'approx',
	'inc',
	'ltd',
	'jr',
	'sr',
	'cf',
	'al',
]);
const LIST_MARKER = /^(?:[-*•+]|\d{1,3}[.)]|[a-zA-Z][)]|#{1,6})\s+/;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isUpperStart = (c: string | undefined) => c !== undefined && /[\p{Lu}\d"“'‘(<@#*[]/u.test(c);

/** True when the period at `dot` ends an abbreviation, an initial or a list number, not a sentence. */
function isNonFinalDot(text: string, from: number, dot: number): boolean {
	let i = dot;
	while (i > from && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? '')) i--;
	const word = text.slice(i, dot).toLowerCase();
	if (word === '') return false;
	if (ABBREVIATIONS.has(word)) return true;
	if (/^\p{L}$/u.test(word)) return true;
	return /^\d{1,2}$/.test(word) && (i === from || isSpace(text[i - 1]) || text[i - 1] === ':');
}

/** Splits one line (no newlines) into sentences. */
function splitLine(text: string, from: number, to: number, out: Segment[], listItem: boolean): void {
	let start = from;
	let first = true;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && isSpace(text[s])) s++;
		while (e > s && isSpace(text[e - 1])) e--;
		if (e > s) {
			out.push({ start: s, end: e, code: false, listItem: listItem && first, lineStart: first });
			first = false;
		}
		start = end;
	};
	let i = from;
	while (i < to) {
		const c = text[i];
		if (i - start >= MAX_SENTENCE && isSpace(c)) {
			push(i);
			i++;
			continue;
		}
		if (i - start >= MAX_SENTENCE * 2) {
			// No space for a long stretch (a pasted blob): cut anyway, off a surrogate pair's middle.
			const code = text.charCodeAt(i);
			if (code < 0xdc00 || code > 0xdfff) push(i);
		}
		if (c === '.' || c === '!' || c === '?' || c === '…') {
			let j = i;
			while (j < to && /[.!?…]/.test(text[j] ?? '')) j++;
			const run = text.slice(i, j);
			while (j < to && /["'”’)\]]/.test(text[j] ?? '')) j++;
			const next = text[j];
			const ellipsis = run.length > 1 && !run.includes('?') && !run.includes('!');
			const boundary =
				j >= to ||
				(isSpace(next) && (run !== '.' || !isNonFinalDot(text, start, i))) ||
				((ellipsis || run === '…') && isUpperStart(next));
			if (boundary) push(j);
			i = j;
			continue;
		}
		i++;
	}
	push(to);
}

/** Cuts a draft into sentences and code blocks, in order, with UTF-16 offsets. */
export function segment(text: string): Segment[] {
	const out: Segment[] = [];
	let pos = 0;
	while (pos < text.length) {
		const fence = text.indexOf('```', pos);
		const proseEnd = fence === -1 ? text.length : fence;
		let lineStart = pos;
		while (lineStart < proseEnd) {
			let lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd === -1 || lineEnd > proseEnd) lineEnd = proseEnd;
			const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 16));
			const marker = LIST_MARKER.exec(line.trimStart());
			splitLine(text, lineStart, lineEnd, out, marker !== null);
			lineStart = lineEnd + 1;
		}
		if (fence === -1) break;
		const close = text.indexOf('```', fence + 3);
		const end = close === -1 ? text.length : close + 3;
		out.push({ start: fence, end, code: true, listItem: false, lineStart: true });
		pos = end;
	}
	return out;
}

/** A sentence without its list marker ("- ", "2. ", "Steps: 1. "), for skeletons and outlines. */
export function stripListMarker(text: string): string {
	return text.replace(/^\s*(?:[\p{L} ]{1,20}:\s*)?(?:[-*•+]|\d{1,2}[.)]|[a-zA-Z][)])\s+/u, '');
}

/** What a stretch of text gives the reader to act on. */
export type StructKind =
	| 'link'
	| 'video-link'
	| 'attachment'
	| 'name'
	| 'mention'
	| 'email'
	| 'phone'
	| 'id'
	| 'file'
	| 'code'
	| 'quote'
	| 'error'
	| 'env'
	| 'version';

export interface StructSpan {
	kind: StructKind;
	start: number;
	end: number;
}

const FILE_EXT =
	'js|mjs|ts|tsx|jsx|py|java|jsp|exe|md|json|ya?ml|html?|css|go|rs|rb|php|sql|txt|csv|log|xml|pdf|docx?|xlsx?|pptx?|png|jpe?g|sh|cpp|dll|apk|zip|toml|lock';
const SCANS: [StructKind, RegExp][] = [
	['link', /\bhttps?:\/\/[^\s<>"'`)\]]+|\bwww\.[^\s<>"'`)\]]+|<[a-z]{0,12} ?link>|\((?:link|url)\)/gi],
	['link', /\[[^\]\n]{1,80}\]\([^)\s]{1,500}\)/g],
	[
		'video-link',
		/\bhttps?:\/\/[^\s<>"')\]]*(?:\.(?:gif|mp4|mov|webm|mkv)\b|loom\.com|youtu\.?be|vimeo\.com|user-attachments\/assets|asciinema|streamable)[^\s<>"')\]]*|<(?:video|gif|recording) ?link>|\[(?:video|gif|recording|screencast)[^\]\n]{0,40}\]|\((?:video|gif)\)/gi,
	],
	[
		'attachment',
		/\[(?:screenshot|screen ?shot|image|img|picture|attachment|file|video|gif|recording)[^\]\n]{0,40}\]|\b(?:attached|attachment|enclosed|screenshots?)\b/gi,
	],
	['name', /<name>/gi],
	['mention', /(?<![\w@])@[\p{L}\p{N}_][\p{L}\p{N}_./-]{0,60}/gu],
	['email', /<email>|\b[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,63}/gi],
	['phone', /<phone>/gi],
	[
		'id',
		/(?<![\w&])#\d+\b|\b[A-Z][A-Z0-9]{1,9}-\d+\b|\b(?=[0-9a-f]{0,39}\d)(?=[0-9a-f]{0,39}[a-f])[0-9a-f]{7,40}\b|\b(?:pr|issue|ticket|bug|deal|order|case|invoice|job|build|incident|task|story|epic|ref|id)\s?#?\d{2,}\b/gi,
	],
	['file', new RegExp(`\\b[\\w-]{1,64}\\.(?:${FILE_EXT})\\b|(?:[\\w.-]{1,64}[/\\\\]){2,}[\\w.-]*`, 'gi')],
	['code', /`[^`\n]{1,300}`/g],
	['quote', /"[^"\n]{2,300}"|“[^”\n]{2,300}”|(?<=^|\s)'[^'\n]{2,120}'(?=[\s.,;:!?)]|$)/g],
	[
		'error',
		/\b\w{0,40}(?:error|exception)\b\s{0,2}[:"“`(]|\btraceback\b|\b(?:exit|status) code\s{0,2}\d+|\b[45]\d\d\b (?:error|status)|\bstack ?trace\b/gi,
	],
	[
		'env',
		/\b(?:windows|win ?1[01]|macos|mac ?os|os ?x|linux|ubuntu|debian|fedora|centos|android|ios|iphone|ipad|chrome|chromium|firefox|safari|edge|opera|node(?:\.?js)?|python|jdk|npm|docker|kubernetes|version|browser|staging|localhost|production)\b/gi,
	],
	['version', /\bv?\d+\.\d+(?:\.\d+){0,3}\b/g],
];

/** Every structural span in a (short) text, by kind, in order of kind then position. */
export function scanStructure(text: string): StructSpan[] {
	const spans: StructSpan[] = [];
	for (const [kind, re] of SCANS) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m !== null; m = re.exec(text)) {
			if (m[0].length === 0) {
				re.lastIndex++;
				continue;
			}
			spans.push({ kind, start: m.index, end: m.index + m[0].length });
		}
	}
	return spans;
}

/**
 * The longest run of an inline or line-start enumeration 1, 2, 3 … ("1. Click … 2. Select …", "1) … 2) …").
 * Counts list structure even when a chat box flattened the newlines.
 */
export function enumerationLength(text: string): number {
	const re = /(?:^|[\s:(])(\d{1,2})[.)](?=\s)/g;
	let best = 0;
	let expect = 1;
	for (let m = re.exec(text); m !== null; m = re.exec(text)) {
		const n = Number(m[1]);
		if (n === expect) expect++;
		else if (n === 1) expect = 2;
		best = Math.max(best, expect - 1);
	}
	return best;
}
