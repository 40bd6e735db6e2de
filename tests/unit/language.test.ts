import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDraftResult } from '../../src/core/chat/analyze-draft.js';
import { draftFacts } from '../../src/core/chat/draft-facts.js';
import { englishVerdict, settleVerdict } from '../../src/core/chat/language.js';
import { AnalysisContext } from '../../src/core/context.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { identifyLanguage } from '../../src/core/text/language-id.js';

const context = AnalysisContext.parse({ now: Date.UTC(2026, 10, 24, 15) });
const samples = readFileSync(resolve(import.meta.dirname, '../../data/lang/short-drafts.jsonl'), 'utf8')
	.trim()
	.split('\n')
	.map((l) => JSON.parse(l) as { lang: string; text: string });

const decide = (text: string) => {
	const draft = draftFacts(text);
	const v = englishVerdict(draft);
	return v === 'unsure' ? settleVerdict(draft, identifyLanguage(text)) : v;
};

describe('language', () => {
	it('keeps every short English draft, terse or not, and tells nearly all short drafts in five other languages', () => {
		const english = samples.filter((s) => s.lang === 'en');
		expect(english.length).toBeGreaterThanOrEqual(40);
		for (const s of english) expect(decide(s.text), s.text).toBe('english');
		const other = samples.filter((s) => s.lang !== 'en');
		const right = other.filter((s) => decide(s.text) === 'other').length;
		expect(right / other.length).toBeGreaterThanOrEqual(0.95);
	});

	it('says "unsupported" for a draft in another language, never "good to send"', () => {
		const pt =
			'O pagamento está falhando para todos os clientes desde as 14h, ninguém consegue finalizar a compra.';
		expect(analyzeDraftResult(pt, context, DEFAULT_NORMS, { identify: identifyLanguage })).toEqual({
			status: 'unsupported',
			findings: [],
		});
	});

	it('asks for the identifier only when the word lists cannot tell', () => {
		expect(englishVerdict(draftFacts('fix pls'))).toBe('english');
		expect(englishVerdict(draftFacts('Bitte schick mir die Datei, wir brauchen sie heute.'))).toBe('other');
		expect(englishVerdict(draftFacts('Пожалуйста, пришлите файл.'))).toBe('other');
		expect(englishVerdict(draftFacts('me liga quando puder'))).toBe('unsure');
		expect(analyzeDraftResult('me liga quando puder', context, DEFAULT_NORMS).status).toBe('unsure');
		// The identifier's word alone never silences a draft: it needs one of that language's own words.
		expect(settleVerdict(draftFacts('Rebased on main, CI green'), 'it')).toBe('english');
	});
});
