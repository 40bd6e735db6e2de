/**
 * The package people install: `npm pack` here, `npm install ./unhurried-*.tgz --omit=dev` in an empty folder,
 * then the CLI (`check`, `eval`, `preset …`) and a script importing the library run with production
 * dependencies only, and a TypeScript file type-checks against the published declarations. No browser.
 */
import { execFileSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let work: string;
let app: string;
let tarball: string;

const run = (cmd: string, args: string[], cwd = app, input?: string) =>
	execFileSync(cmd, args, {
		cwd,
		encoding: 'utf8',
		stdio: ['pipe', 'pipe', 'pipe'],
		...(input ? { input } : {}),
	});
/**
 * Runs the installed CLI through the bin link npm made (what `npx unhurried` runs, without npm's seconds of
 * start-up each time); returns exit code, stdout and stderr.
 */
function unhurried(...args: string[]): { code: number; out: string; err: string } {
	try {
		return { code: 0, out: run(join(app, 'node_modules/.bin/unhurried'), args), err: '' };
	} catch (error) {
		const e = error as { status: number; stdout: string; stderr: string };
		return { code: e.status, out: e.stdout, err: e.stderr };
	}
}

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'unhurried-pack-'));
	app = join(work, 'app');
	run('npm', ['pack', '--pack-destination', work], ROOT);
	tarball = join(work, readdirSync(work).find((f) => /^unhurried-.*\.tgz$/.test(f)) ?? 'no tarball');
	execFileSync('mkdir', [app]);
	writeFileSync(
		join(app, 'package.json'),
		JSON.stringify({ name: 'team-bot', private: true, type: 'module' }),
	);
	run('npm', ['install', tarball, '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline']);
	copyFileSync(join(ROOT, 'docs/examples/acme-support.json'), join(app, 'team.json'));
	copyFileSync(join(ROOT, 'docs/examples/roster.csv'), join(app, 'roster.csv'));
}, 180_000);
afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm pack → npm install in an empty folder', () => {
	it('is a public package with a built CLI, the library and its types, and no sources', () => {
		expect(pkg.private).toBeUndefined();
		const files = run('tar', ['-tzf', tarball]).trim().split('\n');
		expect(files).toContain('package/lib/cli.js');
		expect(files).toContain('package/lib/index.js');
		expect(files).toContain('package/lib/types/lib/index.d.ts');
		expect(files).toContain('package/schema/preset.schema.json');
		expect(files.filter((f) => f.startsWith('package/src/') || f.startsWith('package/tests/'))).toEqual([]);
		const size = statSync(tarball).size;
		console.log(
			`tarball ${tarball.split('/').at(-1)}: ${(size / 1024).toFixed(1)} KB, ${files.length} files`,
		);
	});

	it('installs production dependencies only: no TypeScript runner, no dev dependency', () => {
		const installed = readdirSync(join(app, 'node_modules')).flatMap((d) =>
			d.startsWith('@') ? readdirSync(join(app, 'node_modules', d)).map((s) => `${d}/${s}`) : [d],
		);
		for (const dev of Object.keys(pkg.devDependencies)) expect(installed).not.toContain(dev);
		for (const dep of Object.keys(pkg.dependencies)) expect(installed).toContain(dep);
		expect(existsSync(join(app, 'node_modules/tsx'))).toBe(false);
	});

	it('runs preset validate, check --json, eval, roster import and diff', () => {
		expect(run('npx', ['--no-install', 'unhurried', 'preset', 'validate', 'team.json'])).toBe(
			'valid: Acme Support v2026.03\n',
		);
		expect(unhurried('preset', 'validate', 'team.json')).toEqual({
			code: 0,
			out: 'valid: Acme Support v2026.03\n',
			err: '',
		});
		const check = unhurried('check', '--json', 'Send me the quarterly numbers ASAP.');
		expect(check.code).toBe(0);
		expect(JSON.parse(check.out).findings.map((f: { kind: string }) => f.kind)).toContain('false_urgency');
		writeFileSync(
			join(app, 'labeled.jsonl'),
			`${JSON.stringify({ id: 'a', kind: 'chat', text: 'Send me the numbers ASAP.', labels: ['false_urgency'] })}\n`,
		);
		const evaluated = unhurried('eval', 'labeled.jsonl');
		expect(evaluated.code).toBe(0);
		expect(evaluated.out).toMatch(/false_urgency/);
		const roster = unhurried('preset', 'roster', 'import', 'roster.csv', '--into', 'team.json');
		expect(roster.code).toBe(0);
		expect(unhurried('preset', 'validate', 'team.json').code).toBe(0);
		writeFileSync(join(app, 'before.json'), readFileSync(join(ROOT, 'docs/examples/acme-support.json')));
		const diff = unhurried('preset', 'diff', 'before.json', 'team.json');
		expect(diff.out).toContain('Kenji Sato joins (Asia/Tokyo, Mon-Fri 10:00-19:00)');
		expect(unhurried('preset', 'validate', 'nope.json')).toMatchObject({
			code: 2,
			err: 'unhurried: cannot read nope.json: ENOENT\n',
		});
	});

	it('a script imports the library and gets the same judgement', () => {
		writeFileSync(
			join(app, 'bot.mjs'),
			`import { readFileSync } from 'node:fs';
import { analyzeDraft, AnalysisContext, parsePresetText, suggestTimeZone } from 'unhurried';
const parsed = parsePresetText(readFileSync('team.json', 'utf8'));
if (!parsed.ok) throw new Error('invalid');
const findings = analyzeDraft('Send me the quarterly numbers ASAP.', AnalysisContext.parse({ now: 0 }), parsed.preset);
console.log(JSON.stringify({ name: parsed.preset.name, kinds: findings.map((f) => f.kind), zone: suggestTimeZone('PST') }));`,
		);
		expect(JSON.parse(run('node', ['bot.mjs']))).toEqual({
			name: 'Acme Support',
			kinds: ['false_urgency'],
			zone: 'America/Los_Angeles',
		});
	});

	it('a TypeScript consumer type-checks against the published declarations', () => {
		writeFileSync(
			join(app, 'typed.ts'),
			`import { analyzeDraft, AnalysisContext, DEFAULT_NORMS, type Finding, type Norms, parsePresetText } from 'unhurried';
const norms: Norms = DEFAULT_NORMS;
const findings: Finding[] = analyzeDraft('Any news?', AnalysisContext.parse({ now: 0 }), norms);
const parsed = parsePresetText('{}');
export const firstPath: string = parsed.ok ? '' : (parsed.errors[0]?.path ?? '');
export const count: number = findings.length;
// @ts-expect-error: a preset is not a string
export const wrong: Norms = 'balanced';
`,
		);
		const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
		const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
		expect(run('node', [tsc, ...args, '--target', 'es2022', 'typed.ts'])).toBe('');
	});
});
