import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeDraft } from '../../src/core/chat/analyze-draft.js';
import { CHAT_RULES } from '../../src/core/chat/rules/index.js';
import { MEETING_RULES } from '../../src/core/meeting/rules/index.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { CHAT_RULE_IDS, MEETING_RULE_IDS, ruleKey } from '../../src/options/rule-ids.js';
import { PlaygroundApp } from '../../src/playground/playground-app.js';
import { EXAMPLES } from '../../src/shared/example-drafts.js';
import { MESSAGES, useEnglish } from './i18n-en.js';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});
beforeEach(useEnglish);

describe('PlaygroundApp', () => {
	it('counts words live in both composers', () => {
		render(<PlaygroundApp />);
		fireEvent.input(screen.getByLabelText('Plain composer'), {
			target: { value: 'Could you review the plan' },
		});
		expect(screen.getByTestId('textarea-count').textContent).toBe('5 words');
		const rich = screen.getByRole('textbox', { name: 'Rich composer' });
		rich.textContent = 'two words';
		fireEvent.input(rich);
		expect(screen.getByTestId('rich-count').textContent).toBe('2 words');
	});

	it('puts a clicked example in the composer that had focus, with an input event our content script hears', () => {
		render(<PlaygroundApp />);
		const heard: string[] = [];
		const listening = new AbortController();
		document.addEventListener('input', (e) => heard.push((e.target as HTMLElement).id), {
			capture: true,
			signal: listening.signal,
		});
		const chip = screen.getByRole('button', { name: 'Send me the quarterly numbers ASAP.' });
		expect(chip.dataset.kind).toBe('false_urgency');
		fireEvent.click(chip);
		const plain = screen.getByLabelText('Plain composer') as HTMLTextAreaElement;
		expect(plain.value).toBe('Send me the quarterly numbers ASAP.');
		expect(screen.getByTestId('textarea-count').textContent).toBe('6 words');
		const rich = screen.getByRole('textbox', { name: 'Rich composer' });
		fireEvent.focus(rich);
		fireEvent.click(screen.getByRole('button', { name: 'Any news?' }));
		expect(rich.textContent).toBe('Any news?');
		expect(screen.getByTestId('rich-count').textContent).toBe('2 words');
		listening.abort();
		expect(heard).toEqual(['pg-textarea', 'pg-rich']);
		expect(screen.getByText(/^Examples go into the rich composer/)).toBeTruthy();
	});

	it('offers examples for every chat kind, each one keyboard reachable', () => {
		render(<PlaygroundApp />);
		for (const [kind, texts] of Object.entries(EXAMPLES))
			for (const text of texts) {
				const chip = screen.getByRole('button', { name: text });
				expect(chip.dataset.kind).toBe(kind);
				expect(chip.tagName).toBe('BUTTON');
			}
	});
});

describe('the examples', () => {
	const NOW = Date.UTC(2026, 2, 11, 10, 30);
	it.each(Object.entries(EXAMPLES).flatMap(([kind, texts]) => texts.map((text) => [kind, text])))(
		'%s: "%s" gets a hint of its kind from the real analyzer',
		(kind, text) => {
			const findings = analyzeDraft(
				text,
				{
					surface: 'chat',
					channelKind: 'channel',
					recipients: [],
					now: NOW,
					disabledRules: [],
					sensitivity: 'balanced',
				},
				DEFAULT_NORMS,
			);
			expect(findings.map((f) => f.kind)).toContain(kind);
		},
	);
});

describe('strings and rule lists', () => {
	it('lists every rule the analyzer has, each with a name', () => {
		expect([...CHAT_RULE_IDS].sort()).toEqual(CHAT_RULES.map((r) => r.id).sort());
		expect([...MEETING_RULE_IDS].sort()).toEqual(MEETING_RULES.map((r) => r.id).sort());
		for (const id of [...CHAT_RULE_IDS, ...MEETING_RULE_IDS]) expect(MESSAGES).toHaveProperty(ruleKey(id));
	});

	it('has a message for every key our pages name', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
			);
		const used = new Set<string>();
		for (const file of ['src/popup', 'src/options', 'src/playground', 'src/shared/ui'].flatMap(files))
			for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g))
				used.add(m[1] as string);
		const missing = [...used].filter((k) => !(k in MESSAGES));
		expect(missing).toEqual([]);
	});

	it('uses only Chrome-valid message names and placeholders', () => {
		for (const [key, entry] of Object.entries(MESSAGES)) {
			expect(key).toMatch(/^[A-Za-z0-9_]+$/);
			for (const name of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g))
				expect(entry.placeholders).toHaveProperty((name[1] as string).toLowerCase());
		}
	});
});
