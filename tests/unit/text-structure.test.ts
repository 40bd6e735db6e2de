import { describe, expect, it } from 'vitest';
import { draftFacts, sentenceCache } from '../../src/core/chat/draft-facts.js';
import { unresolvedReferences } from '../../src/core/chat/references.js';
import { findTimeframes } from '../../src/core/text/deadline.js';
import { enumerationLength, scanStructure, segment } from '../../src/core/text/text-structure.js';

const kinds = (text: string) => scanStructure(text).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
const sentences = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));

describe('segment', () => {
	it('splits sentences on end punctuation but not on abbreviations, initials or list numbers', () => {
		expect(sentences('Hi Ana. Can you check e.g. the logs? Thanks!')).toEqual([
			'Hi Ana.',
			'Can you check e.g. the logs?',
			'Thanks!',
		]);
		expect(sentences('Steps: 1. Open settings 2. Click save')).toEqual([
			'Steps: 1. Open settings 2. Click save',
		]);
	});

	it('keeps fenced code blocks whole and marks list items', () => {
		const text = 'Here:\n```\nconst a = 1. b\n```\n- first item\n- second item';
		const segs = segment(text);
		expect(segs.find((s) => s.code)).toBeDefined();
		expect(segs.filter((s) => s.listItem).map((s) => text.slice(s.start, s.end))).toEqual([
			'- first item',
			'- second item',
		]);
	});

	it('splits after an ellipsis that runs into the next sentence', () => {
		expect(sentences('Please do this...I am away tomorrow')).toEqual([
			'Please do this...',
			'I am away tomorrow',
		]);
	});

	it('caps a sentence with no punctuation', () => {
		const long = 'word '.repeat(400);
		expect(segment(long).length).toBeGreaterThan(1);
	});
});

describe('scanStructure', () => {
	it('finds links, placeholders, mentions, IDs, files, code, quotes and errors', () => {
		expect(kinds('see https://example.com/a?b=1 and <link>')).toEqual([
			'link:https://example.com/a?b=1',
			'link:<link>',
		]);
		expect(kinds('@dana fixed #412 and ABC-12 in 3f9a2c1d')).toEqual([
			'mention:@dana',
			'id:#412',
			'id:ABC-12',
			'id:3f9a2c1d',
		]);
		expect(kinds('run `npm test` on app/src/main.ts')).toContain('code:`npm test`');
		expect(kinds('run `npm test` on app/src/main.ts')).toContain('file:app/src/main.ts');
		expect(kinds('it says "permission denied" now')).toEqual(['quote:"permission denied"']);
		expect(kinds('TypeError: x is undefined')).toContain('error:TypeError:');
	});

	it('tells a recording link from a plain link', () => {
		expect(kinds('https://www.loom.com/share/abc').map((k) => k.split(':')[0])).toContain('video-link');
		expect(kinds('[video] of the glitch').map((k) => k.split(':')[0])).toContain('video-link');
	});
});

describe('enumerationLength', () => {
	it.each([
		['1. a 2. b 3. c', 3],
		['Steps: 1) open 2) click', 2],
		['We have 3. Then 5. ok', 0],
		['no list here', 0],
	])('%j → %i', (text, n) => expect(enumerationLength(text)).toBe(n));
});

describe('findTimeframes (deadlines)', () => {
	const found = (text: string) =>
		findTimeframes(text).map((t) => `${t.kind}${t.bounded ? '!' : ''}:${text.slice(t.start, t.end)}`);
	it.each([
		['send it by 3pm', ['time!:3pm']],
		['by Friday please', ['day!:Friday']],
		['before end of day', ['time!:end of day']],
		['due May 5th', ['date!:May 5th']],
		['the meeting is at 11:30 tomorrow', ['time:11:30', 'day:tomorrow']],
		['within 2 hours', ['relative:within 2 hours']],
		['on 2024-05-02 or 5/3', ['date:2024-05-02', 'date:5/3']],
		['no time here at all', []],
	])('%j', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('unresolvedReferences (antecedents)', () => {
	const refs = (text: string) => unresolvedReferences(draftFacts(text)).map((r) => r.text);
	it.each([
		['Did you fix this?', ['this']],
		['Can you review it today?', ['it']],
		['Has that issue been closed?', ['that issue']],
		['I uploaded the budget sheet. Can you approve it?', []],
		['Can you review PR #12? I think it is ready.', []],
		['Is it possible to move the call?', []],
		['I think that the plan works.', []],
		['Can you send the notes this afternoon?', []],
		['We finished this morning.', []],
	])('%j → %j', (text, expected) => expect(refs(text)).toEqual(expected));
});

describe('sentence cache', () => {
	it('re-parses only the sentence that changed', () => {
		sentenceCache.clear();
		const base = 'The deploy went fine. Metrics look normal. I will check again at 5pm. ';
		draftFacts(`${base}Thanks`);
		expect(sentenceCache.misses).toBe(4);
		draftFacts(`${base}Thanks!`);
		expect(sentenceCache.hits).toBe(3);
		expect(sentenceCache.misses).toBe(5);
	});
});
