import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraftResult } from '../../src/core/chat/analyze-draft.js';
import { AnalysisContext } from '../../src/core/context.js';
import { Finding, type Span } from '../../src/core/finding.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';

const context = AnalysisContext.parse({ now: 0 });
const norms = { ...DEFAULT_NORMS, phrases: { false_urgency: ['drop it all'], sensitive: ['offboarding'] } };

/** Pieces that trigger rules, mixed with the hard parts of Unicode and chat text. */
const piece = fc.oneof(
	fc.constantFrom(
		'ASAP',
		'asap!!!',
		'not urgent',
		'site is down',
		'can you fix this?',
		'hey',
		'call me',
		'salary',
		'drop it all',
		'offboarding',
		'https://example.com/x',
		'<link>',
		'<name>',
		'@ana',
		'`code`',
		'```\nblock\n```',
		'1. click the button 2. the sidebar overlaps',
		'"quoted ASAP"',
		'\n- item',
		'.',
		'?',
		'...',
		' ',
		'\n',
	),
	fc.constantFrom(
		'😀',
		'👩‍💻',
		'🇫🇷',
		'e\u0301',
		'ﷺ',
		'שלום',
		'مرحبا',
		'\u202e',
		'\u0000',
		'\ud800',
		'\udc00',
		'\ufeff',
	),
	fc.string({ unit: 'grapheme', maxLength: 8 }),
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.stringMatching(/^[a-z]{1,10}$/),
);
const draft = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

const isHigh = (t: string, i: number) => t.charCodeAt(i) >= 0xd800 && t.charCodeAt(i) <= 0xdbff;
const isLow = (t: string, i: number) => t.charCodeAt(i) >= 0xdc00 && t.charCodeAt(i) <= 0xdfff;
function spanOk(text: string, span: Span): boolean {
	if (!(span.start >= 0 && span.start < span.end && span.end <= text.length)) return false;
	const splits = (i: number) => i > 0 && i < text.length && isLow(text, i) && isHigh(text, i - 1);
	return !splits(span.start) && !splits(span.end);
}

function checkFindings(text: string, findings: Finding[]): void {
	for (const f of findings) {
		expect(Finding.safeParse(f).success).toBe(true);
		if (f.span) expect(spanOk(text, f.span)).toBe(true);
		for (const fix of f.fixes) if (fix.type === 'replace') expect(spanOk(text, fix.span)).toBe(true);
	}
}

/** Realistic, varied prose: every sentence distinct, so the cache cannot help. */
function prose(bytes: number, seed: number): string {
	const words = [
		'the',
		'deploy',
		'looks',
		'fine',
		'but',
		'can',
		'you',
		'check',
		'this',
		'ASAP',
		'site',
		'is',
		'down',
	];
	let out = '';
	let n = seed;
	while (out.length < bytes) {
		n = (n * 1103515245 + 12345) % 2147483648;
		const len = 6 + (n % 14);
		const s: string[] = [];
		for (let i = 0; i < len; i++) s.push(words[(n >> (i % 16)) % words.length] ?? 'x');
		out += `${s.join(' ')} w${n}. `;
	}
	return out.slice(0, bytes);
}

describe('analyzeDraft on arbitrary input', () => {
	it('never throws, and every span stays inside the text and off surrogate-pair middles', () => {
		fc.assert(
			fc.property(draft, (text) => {
				const { status, findings } = analyzeDraftResult(text, context, norms);
				expect(['ok', 'unsupported', 'empty', 'unsure']).toContain(status);
				if (status !== 'ok') expect(findings).toEqual([]);
				checkFindings(text, findings);
			}),
			{ numRuns: 400 },
		);
	});

	it('handles arbitrary binary strings, lone surrogates and NUL', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				checkFindings(text, analyzeDraftResult(text, context, norms).findings);
			}),
			{ numRuns: 300 },
		);
	});

	it('gives a mostly non-English draft no findings and an unsupported state', () => {
		const samples = [
			'Bitte schick mir die Datei sofort, es ist dringend und wir brauchen sie heute noch.',
			'Por favor envíame el archivo hoy mismo, es muy urgente para el cliente.',
			'請盡快把文件發給我，這很緊急。',
			'Пожалуйста, пришлите мне файл как можно скорее, это срочно.',
		];
		for (const text of samples)
			expect(analyzeDraftResult(text, context, norms)).toEqual({ status: 'unsupported', findings: [] });
		expect(analyzeDraftResult(' \n\t ', context, norms)).toEqual({ status: 'empty', findings: [] });
	});

	it('analyzes a 1 MB draft without throwing', () => {
		const text = `${prose(1024 * 1024 - 40, 7)} 😀 e\u0301 \u0000 שלום`;
		const { findings } = analyzeDraftResult(text, context, norms);
		checkFindings(text, findings);
		// One unbroken 1 MB token: nothing to split on.
		checkFindings('a'.repeat(1 << 20), analyzeDraftResult('a'.repeat(1 << 20), context, norms).findings);
	});
});
