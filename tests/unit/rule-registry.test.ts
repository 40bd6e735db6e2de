/**
 * One file per rule is the whole of a rule: its kind, its checks, its examples and (in the locale) its name.
 * The registries, the options list and the locale keys derive from the rule files, never typed again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFiles } from '../../scripts/rules-registry.js';
import { draftFacts } from '../../src/core/chat/draft-facts.js';
import { CHAT_RULES } from '../../src/core/chat/rules/index.js';
import { AnalysisContext } from '../../src/core/context.js';
import { MEETING_RULES } from '../../src/core/meeting/rules/index.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { CHAT_RULE_IDS, MEETING_RULE_IDS, ruleKey } from '../../src/options/rule-ids.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MESSAGES = JSON.parse(
	readFileSync(resolve(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, unknown>;

describe('the rule registries', () => {
	it('are what `npm run rules` derives from the rule files', async () => {
		for (const [path, text] of Object.entries(await ruleFiles()))
			expect(readFileSync(resolve(ROOT, path), 'utf8'), `${path}: run npm run rules`).toBe(text);
	});

	it('hold every rule file once, with the id its name gives', () => {
		const ids = (dir: string) =>
			readdirSync(resolve(ROOT, dir))
				.filter((f) => f !== 'index.ts')
				.map((f) => f.replace(/\.ts$/, ''))
				.sort();
		expect(CHAT_RULES.map((r) => r.id).sort()).toEqual(ids('src/core/chat/rules'));
		expect(MEETING_RULES.map((r) => r.id).sort()).toEqual(ids('src/core/meeting/rules'));
		expect([...CHAT_RULE_IDS]).toEqual(CHAT_RULES.map((r) => r.id));
		expect([...MEETING_RULE_IDS]).toEqual(MEETING_RULES.map((r) => r.id));
	});

	it('stamp the rule id on every finding a rule proposes', () => {
		const context = AnalysisContext.parse({ now: 0 });
		const drafts = { 'vague-ask': 'hey, got a minute?', 'false-urgency': 'Please send me the deck ASAP.' };
		for (const [id, text] of Object.entries(drafts)) {
			const input = { draft: draftFacts(text), context, norms: DEFAULT_NORMS, phrases: [] };
			const rule = CHAT_RULES.find((r) => r.id === id);
			const found = rule?.check(input) ?? [];
			expect(found.length, id).toBeGreaterThan(0);
			for (const f of found) expect(f.rule).toBe(id);
			expect(rule?.whole?.(input)?.rule).toBe(id);
		}
	});

	it('give every rule a name in the locale', () => {
		for (const id of [...CHAT_RULE_IDS, ...MEETING_RULE_IDS])
			expect(MESSAGES, id).toHaveProperty(ruleKey(id));
	});
});
