import { describe, expect, it } from 'vitest';
import { analyzeDraft, analyzeDraftResult } from '../../src/core/chat/analyze-draft.js';
import { AnalysisContext } from '../../src/core/context.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { normChip } from '../../src/core/norms/explain.js';
import type { Norms } from '../../src/core/norms/schema.js';
import { findPhrases } from '../../src/core/text/phrases.js';

const context = AnalysisContext.parse({ now: 0 });
const kinds = (text: string, norms: Norms = DEFAULT_NORMS, ctx = context) =>
	analyzeDraft(text, ctx, norms).map((f) => f.kind);
const withNorms = (patch: (n: Norms) => void): Norms => {
	const n = structuredClone(DEFAULT_NORMS);
	patch(n);
	return n;
};

describe('findPhrases', () => {
	it('matches literally, case-insensitively and on word boundaries', () => {
		expect(findPhrases('Need it EOW please', ['eow'])).toEqual([{ start: 8, end: 11 }]);
		expect(findPhrases('a flower bed', ['low'])).toEqual([]);
		expect(findPhrases('see v1.2 and v1x2', ['v1.2'])).toEqual([{ start: 4, end: 8 }]);
		expect(findPhrases('(.*) is not a pattern', ['(.*)'])).toEqual([{ start: 0, end: 4 }]);
		expect(findPhrases('İstanbul office asap', ['asap'])).toEqual([{ start: 16, end: 20 }]);
	});
});

describe('analyzeDraft', () => {
	it('uses the team phrases of each kind', () => {
		const norms = withNorms((n) => {
			n.phrases = {
				false_urgency: ['drop everything now'],
				true_urgency: ['sev1'],
				sensitive: ['comp review'],
			};
		});
		expect(kinds('Please drop everything now and send the deck.', norms)).toContain('false_urgency');
		expect(kinds('We have a SEV1 on the billing API.', norms)).toContain('true_urgency');
		expect(kinds('Can we go over your comp review in the channel?', norms)).toContain('sensitive');
		expect(kinds('We have a SEV10 on the billing API.', norms)).not.toContain('true_urgency');
	});

	it('skips disabled rules', () => {
		const off = AnalysisContext.parse({ now: 0, disabledRules: ['false-urgency'] });
		expect(kinds('Send me the deck ASAP.', DEFAULT_NORMS, off)).toEqual([]);
	});

	it('keeps sensitive matters quiet in a DM, which is already a 1:1', () => {
		const text = 'Can you send me the salary bands for the team?';
		expect(kinds(text)).toContain('sensitive');
		expect(kinds(text, DEFAULT_NORMS, AnalysisContext.parse({ now: 0, channelKind: 'dm' }))).not.toContain(
			'sensitive',
		);
	});

	it('never tells a true emergency to calm down', () => {
		const k = kinds('URGENT!!! The site is down for all customers, fix it ASAP');
		expect(k).toContain('true_urgency');
		expect(k).not.toContain('false_urgency');
	});

	it('reports a bare talk request as vague only, not also as missing context', () => {
		expect(kinds('Can we talk about this?')).toEqual(['vague_ask']);
	});

	it('builds every why from the norms it is given', () => {
		const norms = withNorms((n) => {
			n.channels.chat.response = { minHours: 1, maxHours: 1 };
			n.channels.doc.label = 'RFC';
			n.emergency.channel.name = '#fire';
			n.thresholds.docWords = 40;
		});
		const [urgent] = analyzeDraft('Send me the deck ASAP.', context, norms);
		// The why is the reader's cost in one sentence; the norm itself is the chip under it.
		expect(urgent?.norm).toBe('chat');
		expect(normChip('chat', norms)).toContain('within 1 h');
		expect(urgent?.why.split(/[.;]\s/).length).toBeLessThanOrEqual(2);
		// The wording varies from draft to draft; the emergency route is named by the team's own channel.
		const whys = ['deck', 'slides', 'doc', 'sheet', 'plan', 'notes'].map(
			(x) => analyzeDraft(`Send me the ${x} ASAP.`, context, norms)[0]?.why ?? '',
		);
		expect(whys.some((w) => w.includes('#fire'))).toBe(true);
		expect(new Set(whys).size).toBeGreaterThan(1);
		const long =
			'We could keep the current vendor for support, or move to the new one that offers weekend cover and a lower rate but needs a three month migration with two people from the platform team working on it full time.';
		expect(kinds(long)).not.toContain('suggest_doc');
		const doc = analyzeDraft(long, context, norms).find((f) => f.kind === 'suggest_doc');
		expect(doc?.why).toContain('40-word');
		expect(doc?.why).toContain('rfc');
	});

	it('offers the fixes each kind calls for', () => {
		const fixes = (text: string) =>
			analyzeDraft(text, context, DEFAULT_NORMS).flatMap((f) => f.fixes.map((x) => x.type));
		// At midnight UTC on a Thursday: end of day, tomorrow morning, or no rush.
		expect(fixes('Please send me the deck ASAP.')).toEqual(['replace', 'replace', 'replace']);
		expect(fixes('hey, got a minute?')).toEqual(['fill-in']);
		expect(fixes('The website is down for everyone.')).toEqual(['use-emergency-channel']);
		expect(fixes('Why did you quit? Was it the pay?')).toEqual(['move-to-1on1']);
		const [asap] = analyzeDraft('Please send me the deck ASAP.', context, DEFAULT_NORMS);
		expect(asap?.fixes[0]).toMatchObject({
			type: 'replace',
			span: { start: 24, end: 28 },
			text: 'by end of day',
		});
	});

	it('keeps spans on code-point boundaries next to emoji', () => {
		const text = '😀😀 Please send the deck ASAP 😀';
		const [f] = analyzeDraft(text, context, DEFAULT_NORMS);
		expect(f?.span && text.slice(f.span.start, f.span.end)).toBe('ASAP');
	});

	it('reports empty and unsupported drafts', () => {
		expect(analyzeDraftResult('', context, DEFAULT_NORMS).status).toBe('empty');
		expect(analyzeDraftResult('🙂🙂', context, DEFAULT_NORMS).status).toBe('empty');
		expect(
			analyzeDraftResult('Kannst du mir bitte die neue Datei schicken? Danke dir!', context, DEFAULT_NORMS)
				.status,
		).toBe('unsupported');
		expect(analyzeDraftResult('ok', context, DEFAULT_NORMS).status).toBe('ok');
	});
});
