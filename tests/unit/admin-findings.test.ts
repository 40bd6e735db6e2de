/**
 * Issue 15's findings, one test each, through the entry points that existed when they were found (the preset
 * reader, the CLI, package.json, the admin guide), so each fails on the code it was found on. Signing and keys
 * (`sign --key` with a public key, overwriting a good .sig, keygen's folder) belong to issue 11's tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { parsePresetText } from '../../src/core/norms/parse-preset.js';
import { formatPresetError } from '../../src/core/norms/preset-errors.js';
import { runCli } from './run-cli.js';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

/** A current preset with this roster (and team hours), as its problems, formatted. */
function problems(roster: object[], extra: object = {}): string[] {
	const result = parsePresetText(JSON.stringify({ ...DEFAULT_NORMS, ...extra, roster }));
	return result.ok ? [] : result.errors.map(formatPresetError);
}

describe('issue 15: the roster does not scale', () => {
	it('working hours can be a weekday range, given once for the team', () => {
		const team = Array.from({ length: 30 }, (_, i) => ({ name: `P${i}`, timeZone: 'Europe/Berlin' }));
		expect(problems(team, { workingHours: ['Mon-Fri 09:00-17:00'] })).toEqual([]);
		expect(problems([{ name: 'Ana', timeZone: 'UTC', workingHours: ['Mon-Fri 09:00-17:00'] }])).toEqual([]);
	});

	it('overnight hours are accepted', () => {
		expect(problems([{ name: 'Noor', timeZone: 'UTC', workingHours: ['Sun-Thu 22:00-06:00'] }])).toEqual([]);
	});

	it('"PST" is refused with the zone it most likely means', () => {
		expect(problems([{ name: 'Maya', timeZone: 'PST' }])).toEqual([
			'$.roster[0].timeZone: unknown IANA time zone "PST"; did you mean "America/Los_Angeles"?',
		]);
	});

	it('"9:00" gives one right error, not a second misleading one', () => {
		expect(problems([{ name: 'Ana', timeZone: 'UTC', workingHours: ['Mon 9:00-17:00'] }])).toEqual([
			'$.roster[0].workingHours[0]: write "9:00" as "09:00" (times are HH:MM)',
		]);
	});

	it('docs/admin.md has a roster section', () => {
		expect(read('docs/admin.md')).toMatch(/\n## The roster\n[\s\S]*Mon-Fri 09:00-17:00[\s\S]*22:00-06:00/);
	});
});

describe('issue 15: everything needs a clone of the repository', () => {
	it('the package is public and needs no TypeScript runner at run time', () => {
		const pkg = JSON.parse(read('package.json'));
		expect(pkg.private).toBeUndefined();
		expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
		expect(pkg.files).toContain('lib/');
		expect(pkg.exports['.']).toEqual({ types: './lib/types/lib/index.d.ts', default: './lib/index.js' });
		expect(pkg.scripts.prepack).toBeDefined();
	});

	it('the CLI imports a roster from a CSV file and says what changes between two presets', async () => {
		const roster = await runCli('preset', 'roster', 'import', 'docs/examples/roster.csv');
		expect(roster.code).toBe(0);
		const acme = 'docs/examples/acme-support.json';
		expect(await runCli('preset', 'diff', acme, acme)).toMatchObject({
			code: 0,
			text: `No changes for the team: ${acme} and ${acme} set the same norms.`,
		});
	});
});
