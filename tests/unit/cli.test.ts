import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Finding } from '../../src/core/finding.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';

const dir = mkdtempSync(join(tmpdir(), 'unhurried-cli-'));
function file(name: string, content: string): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

async function run(args: string[], stdin = '') {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(args, {
		out: (l) => out.push(l),
		err: (l) => err.push(l),
		readStdin: async () => stdin,
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

const NOW = ['--now', '2025-06-02T09:00:00Z'];

describe('unhurried check', () => {
	it('marks spans and explains each finding', async () => {
		const r = await run(['check', 'Please send me the deck ASAP.', ...NOW]);
		expect(r.code).toBe(0);
		expect(r.out).toContain('[ASAP]¹');
		expect(r.out).toContain('false_urgency');
		expect(r.out).toContain('Why:');
		// 09:00 UTC on a Monday: a time within the reply window, end of day, tomorrow, or no rush.
		expect(r.out).toContain('Fix: By 1 pm: replace with “by 1 pm”');
		expect(r.out).toContain('Norm: Threaded chat: replies within 2–4 h');
	});

	it('prints {"status": "ok", "findings": [...]} with --json, each finding with its confidence', async () => {
		const r = await run(['check', '--json', 'Can we talk?', ...NOW]);
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out) as { status: string; findings: { confidence: number }[] };
		expect(Object.keys(json)).toEqual(['status', 'findings']);
		expect(json.status).toBe('ok');
		for (const f of json.findings) expect(f.confidence).toBeGreaterThan(0);
		expect(json.findings.length).toBeGreaterThan(0);
		for (const f of json.findings) expect(Finding.safeParse(f).success).toBe(true);
	});

	it('reads the draft from stdin with "-"', async () => {
		const r = await run(['check', '-', '--json', ...NOW], 'The website is down for everyone.');
		expect(JSON.parse(r.out).findings[0].kind).toBe('true_urgency');
	});

	it('says so when a draft is clean or not supported', async () => {
		expect((await run(['check', 'Deploy is done, metrics look normal.', ...NOW])).out).toContain(
			'No findings',
		);
		expect(
			(await run(['check', 'Bitte schick mir die Datei, es ist dringend und wichtig für uns.', ...NOW])).out,
		).toContain('Not supported');
	});

	it('builds the why from the preset given with --norms', async () => {
		const preset = structuredClone(DEFAULT_NORMS) as Record<string, unknown> & typeof DEFAULT_NORMS;
		preset.channels.chat.response = { minHours: 6, maxHours: 8 };
		preset.emergency.channel = {
			kind: 'pager',
			name: 'PagerDuty: platform',
			how: 'Page the platform on-call.',
		};
		const norms = file('preset.json', JSON.stringify(preset));
		const urgent = JSON.parse(
			(await run(['check', '--json', '--norms', norms, 'Send the deck ASAP.', ...NOW])).out,
		);
		expect(urgent.findings[0].norm).toBe('chat');
		const text = await run(['check', '--norms', norms, 'Send the deck ASAP.', ...NOW]);
		expect(text.out).toContain('Norm: Threaded chat: replies within 6–8 h');
		const down = JSON.parse(
			(await run(['check', '--json', '--norms', norms, 'Production is down!', ...NOW])).out,
		);
		expect(down.findings[0].fixes[0]).toMatchObject({
			type: 'use-emergency-channel',
			channel: 'PagerDuty: platform',
		});
	});

	it('exits 2 naming the JSON path of a bad preset', async () => {
		const bad = structuredClone(DEFAULT_NORMS) as unknown as {
			channels: { chat: { response: { maxHours: number } } };
		};
		bad.channels.chat.response.maxHours = 'soon' as unknown as number;
		const r = await run(['check', '--norms', file('bad.json', JSON.stringify(bad)), 'hi', ...NOW]);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/bad\.json: invalid preset at channels\.chat\.response\.maxHours/);
		expect(r.err.split('\n')).toHaveLength(1);
	});

	it('exits 2 on a missing file, bad JSON, a bad --now and unknown options', async () => {
		expect((await run(['check', '--norms', join(dir, 'nope.json'), 'hi'])).err).toMatch(
			/nope\.json: no such file/,
		);
		const broken = await run(['check', '--norms', file('broken.json', '{\n  "name": \n}'), 'hi']);
		expect(broken.code).toBe(2);
		expect(broken.err).toMatch(/broken\.json(:\d+)?: not valid JSON/);
		expect((await run(['check', 'hi', '--now', 'yesterday'])).code).toBe(2);
		expect((await run(['check', 'hi', '--loud'])).err).toContain('unknown option "--loud"');
		expect((await run(['check'])).code).toBe(2);
	});

	it('checks a meeting file, and rejects an invalid one with its path', async () => {
		const ok = await run([
			'check',
			'--json',
			'--meeting',
			file('m.json', JSON.stringify({ title: 'Sync' })),
			...NOW,
		]);
		expect(ok.code).toBe(0);
		expect(Array.isArray(JSON.parse(ok.out).findings)).toBe(true);
		const bad = await run([
			'check',
			'--meeting',
			file('mb.json', JSON.stringify({ durationMin: -5 })),
			...NOW,
		]);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('mb.json: invalid meeting at durationMin');
	});

	it('writes one line per corpus item with --jsonl', async () => {
		const corpus = file(
			'c.jsonl',
			[
				JSON.stringify({ id: 'a', kind: 'chat', text: 'Please review it ASAP', source: 'x', labels: [] }),
				'',
				JSON.stringify({
					id: 'b',
					kind: 'meeting',
					title: 'Weekly',
					description: 'TBD',
					duration_min: null,
					attendees: 12,
					lead_time_hours: 0,
					source: 'x',
					labels: ['no_agenda'],
				}),
			].join('\n'),
		);
		const r = await run(['check', '--jsonl', corpus, ...NOW]);
		expect(r.code).toBe(0);
		const lines = r.out.split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
		expect(lines[0].kinds).toEqual(expect.arrayContaining(['false_urgency']));
		expect(Object.keys(lines[0])).toEqual(['id', 'status', 'kinds', 'findings']);
		expect(lines.map((l) => l.status)).toEqual(['ok', 'ok']);
	});

	it('names the file and line of a bad corpus line', async () => {
		const corpus = file(
			'bad.jsonl',
			`${JSON.stringify({ id: 'a', kind: 'chat', text: 'hi' })}\n{"id": 2, "kind": "chat"}\n`,
		);
		const r = await run(['check', '--jsonl', corpus]);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/bad\.jsonl:2: id: /);
		const notJson = await run(['check', '--jsonl', file('nj.jsonl', '{"id": "a",\n')]);
		expect(notJson.err).toMatch(/nj\.jsonl:1: not valid JSON/);
	});
});

describe('unhurried eval', () => {
	const corpus = file(
		'eval.jsonl',
		[
			{ id: 'c1', kind: 'chat', text: 'Send me the slides ASAP.', labels: ['false_urgency'] },
			{ id: 'c2', kind: 'chat', text: 'The deploy finished at 3pm, all green.', labels: [] },
			{ id: 'c3', kind: 'chat', text: 'Can we talk?', labels: ['vague_ask'] },
			{ id: 'c4', kind: 'chat', text: 'Thanks, merged.', labels: ['sensitive'] },
			{ id: 'm1', kind: 'meeting', title: 'Sync', description: '', attendees: 3, labels: [] },
		]
			.map((x) => JSON.stringify({ source: 's', duration_min: null, lead_time_hours: null, ...x }))
			.join('\n'),
	);

	it('reports tp, fp, fn, precision, recall and F1 per kind, macro-F1 and the clean false-positive rate', async () => {
		const r = await run(['eval', corpus, '--json', ...NOW]);
		expect(r.code).toBe(0);
		const report = JSON.parse(r.out);
		const row = (kind: string) => report.chat.kinds.find((k: { kind: string }) => k.kind === kind);
		expect(row('false_urgency')).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
		expect(row('sensitive')).toMatchObject({ tp: 0, fn: 1, f1: 0 });
		expect(report.chat.macroKinds).toEqual(['vague_ask', 'false_urgency', 'sensitive']);
		expect(report.chat.macroF1).toBeCloseTo(2 / 3);
		expect(report.chat).toMatchObject({ clean: 1, cleanFlagged: 0, cleanFpRate: 0 });
		expect(report.meeting.macroKinds).toEqual([]);
	});

	it('prints a table by default and exits 2 on a missing file', async () => {
		const r = await run(['eval', corpus, ...NOW]);
		expect(r.out).toContain('macro-F1');
		expect(r.out).toContain('clean items flagged');
		expect(r.out).toContain('(no labels: not in macro)');
		const missing = await run(['eval', join(dir, 'missing.jsonl')]);
		expect(missing.code).toBe(2);
		expect(missing.err).toContain('missing.jsonl: no such file');
		expect((await run(['eval'])).code).toBe(2);
	});

	it('lists every misclassified item with --errors: gold, predicted, the rule and the confidence', async () => {
		const r = await run(['eval', corpus, '--errors', ...NOW]);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/misclassified: 2 of 5/);
		expect(r.out).toMatch(
			/^m1 {2}gold \[\] {2}predicted \[no_agenda, no_goal\] {2}extra no_agenda \(rule no-agenda, confidence 0\.\d\d\)/m,
		);
		expect(r.out).toMatch(
			/^c4 {2}gold \[sensitive\] {2}predicted \[\] {2}missed sensitive \(rule –, confidence 0\.\d\d\)$/m,
		);
		expect(r.out).toContain('"Thanks, merged."');
		expect(r.out).not.toMatch(/^c1 /m);
	});

	it('cross-validates the training data with --cv, and refuses a corpus file or a bad fold count', {
		timeout: 300_000,
	}, async () => {
		const r = await run(['eval', '--cv', '2', '--json']);
		expect(r.code).toBe(0);
		const { folds, reports } = JSON.parse(r.out) as {
			folds: number;
			reports: { group: string; name: string; score: { items: number; macroF1: number } }[];
		};
		expect(folds).toBe(2);
		const chat = reports.find((x) => x.group === 'chat' && x.name === 'written');
		expect(chat?.score.items).toBeGreaterThan(5000);
		expect(chat?.score.macroF1).toBeGreaterThan(0.5);
		expect(reports.some((x) => x.group === 'meeting')).toBe(true);
		expect((await run(['eval', corpus, '--cv', '5'])).code).toBe(2);
		expect((await run(['eval', '--cv', '1'])).err).toContain('--cv: expected a number of folds from 2 to 20');
	});
});
