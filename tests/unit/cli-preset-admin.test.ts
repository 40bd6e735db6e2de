/** `unhurried preset roster import` and `unhurried preset diff`: a roster from a spreadsheet, and what changes in words. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePresetText } from '../../src/core/norms/parse-preset.js';
import { rosterFromCsv } from '../../src/core/norms/roster-csv.js';
import { runCli } from './run-cli.js';

const root = new URL('../../', import.meta.url);
const ROSTER_CSV = new URL('docs/examples/roster.csv', root).pathname;
const ACME = new URL('docs/examples/acme-support.json', root).pathname;

const run = runCli;
const dir = () => mkdtempSync(join(tmpdir(), 'unhurried-admin-'));
const write = (d: string, name: string, text: string) => {
	writeFileSync(join(d, name), text);
	return join(d, name);
};

describe('unhurried preset roster import', () => {
	it('reads a three-zone team: the shared hours become the team’s, only exceptions are kept per person', async () => {
		const r = await run('preset', 'roster', 'import', ROSTER_CSV);
		expect(r.code).toBe(0);
		const fragment = JSON.parse(r.out);
		expect(fragment.workingHours).toEqual(['Mon-Fri 09:00-17:00']);
		expect(fragment.roster).toHaveLength(9);
		expect(fragment.roster.filter((p: { workingHours?: string[] }) => p.workingHours)).toEqual([
			{
				name: 'Jordan Lee',
				handles: ['@jordan'],
				timeZone: 'America/Los_Angeles',
				workingHours: ['Mon-Thu 07:00-17:00'],
			},
			{
				name: 'Noor Haddad',
				handles: ['@noor'],
				timeZone: 'Europe/Berlin',
				workingHours: ['Sun-Thu 22:00-06:00'],
			},
			{
				name: 'Kenji Sato',
				handles: ['@kenji'],
				timeZone: 'Asia/Tokyo',
				workingHours: ['Mon-Fri 10:00-19:00'],
			},
		]);
		expect(fragment.roster[4].handles).toEqual(['@jonas', 'Jonas W.']);
		expect(r.err).toBe(
			'roster: 9 people in 3 time zones (America/Los_Angeles 3, Europe/Berlin 3, Asia/Tokyo 3); team hours Mon-Fri 09:00-17:00, own hours for 3 people',
		);
	});

	it('refuses a zone abbreviation with its suggestion and writes nothing; --accept-suggestions uses it', async () => {
		const d = dir();
		const csv = write(
			d,
			'team.csv',
			'Name;Time zone;Working hours\nMaya;PST;Mon-Fri 9:00-17:00\nLena;Berlin;Mon–Fri 09:00–17:00\nKenji;Asia/Tokyo;\n',
		);
		const refused = await run('preset', 'roster', 'import', csv, '--out', join(d, 'out.json'));
		expect(refused).toMatchObject({
			code: 2,
			out: '',
			err: [
				`${csv}: row 2, time zone: "PST" is not an IANA time zone; did you mean "America/Los_Angeles"?`,
				`${csv}: row 3, time zone: "Berlin" is not an IANA time zone; did you mean "Europe/Berlin"?`,
				`not imported: 2 problems in ${csv} (2 with a suggested time zone: add --accept-suggestions to use them)`,
			].join('\n'),
		});
		const accepted = await run('preset', 'roster', 'import', csv, '--accept-suggestions');
		expect(accepted.code).toBe(0);
		expect(accepted.err).toContain(`${csv}: row 2: time zone "PST" read as "America/Los_Angeles"`);
		const fragment = JSON.parse(accepted.out);
		expect(fragment.roster.map((p: { timeZone: string }) => p.timeZone)).toEqual([
			'America/Los_Angeles',
			'Europe/Berlin',
			'Asia/Tokyo',
		]);
		// "9:00" and en dashes from a spreadsheet are tidied, and the shared hours are the team's.
		expect(fragment.workingHours).toEqual(['Mon-Fri 09:00-17:00']);
	});

	it('names each bad row and column: no name, a repeated name, hours it cannot read', () => {
		const csv = 'name,time zone,working hours\n,UTC,\nAna,UTC,Mon-Fri 09:00-25:00\nana,UTC,\n';
		expect(rosterFromCsv(csv).problems).toEqual([
			{ row: 2, column: 'name', message: 'no name' },
			{
				row: 3,
				column: 'workingHours',
				message: '"Mon-Fri 09:00-25:00": "25:00" is not a time of day (00:00–24:00)',
			},
			{ row: 4, column: 'name', message: '"ana" is already on row 3' },
		]);
		expect(rosterFromCsv('who,where\nAna,UTC\n').problems[0]?.message).toMatch(/no "name" column/);
		// A row with hours it cannot read keeps them as read, so the builder's table shows the problem on the row.
		expect(rosterFromCsv(csv).people.find((p) => p.name === 'Ana')?.workingHours).toEqual([
			'Mon-Fri 09:00-25:00',
		]);
	});

	it('--into puts the roster in a preset, measured against its team hours, and the result validates', async () => {
		const d = dir();
		const preset = write(d, 'team.json', readFileSync(ACME, 'utf8'));
		const r = await run('preset', 'roster', 'import', ROSTER_CSV, '--into', preset);
		expect(r.code).toBe(0);
		expect(r.out).toContain(`wrote ${preset}`);
		const parsed = parsePresetText(readFileSync(preset, 'utf8'));
		expect(parsed.ok).toBe(true);
		const raw = JSON.parse(readFileSync(preset, 'utf8'));
		// Acme's team hours are 09:00-17:30, so everyone on 09:00-17:00 keeps their own.
		expect(raw.workingHours).toEqual(['Mon-Fri 09:00-17:30']);
		expect(raw.roster.find((p: { name: string }) => p.name === 'Hiro Yamada').workingHours).toBeUndefined();
		expect(raw.roster.find((p: { name: string }) => p.name === 'Maya Alvarez').workingHours).toEqual([
			'Mon-Fri 09:00-17:00',
		]);
		expect(raw.name).toBe('Acme Support');
	});
});

describe('unhurried preset diff', () => {
	it('says what changes for the team, in words, section by section', async () => {
		const d = dir();
		const next = JSON.parse(readFileSync(ACME, 'utf8'));
		next.version = '2026.04';
		next.channels.chat.response = { minHours: 1, maxHours: 2 };
		next.emergency.counts.push('the status page is down');
		next.meetings.agendaLeadHours = 48;
		next.workingHours = ['Mon-Fri 08:00-16:00'];
		next.roster.push({ name: 'Kenji Sato', timeZone: 'Asia/Tokyo', workingHours: ['Mon-Fri 10:00-19:00'] });
		next.roster = next.roster.filter((p: { name: string }) => p.name !== 'Priya Nair');
		next.roster[0].timeZone = 'Europe/Berlin';
		const b = write(d, 'next.json', JSON.stringify(next));
		const r = await run('preset', 'diff', ACME, b);
		expect(r.code).toBe(0);
		expect(r.out).toBe(
			[
				`What changes for the team from ${ACME} to ${b} (8 changes):`,
				'  Preset',
				'    Preset: Acme Support v2026.03 → Acme Support v2026.04',
				'  Channels',
				'    Chat: replies expected within 0.25–1 h → within 1–2 h',
				'  Emergencies',
				'    What counts as an emergency: adds "the status page is down"',
				'  Meetings',
				'    Agenda shared at least 2 h → 48 h ahead',
				'  Working hours',
				'    Team working hours: Mon-Fri 09:00-17:30 → Mon-Fri 08:00-16:00 (for 1 person)',
				'  Roster',
				'    Kenji Sato joins (Asia/Tokyo, Mon-Fri 10:00-19:00)',
				'    Priya Nair leaves',
				'    Ana Pereira: time zone Europe/Lisbon → Europe/Berlin',
			].join('\n'),
		);
		const json = JSON.parse((await run('preset', 'diff', ACME, b, '--json')).out);
		expect(json.changes).toHaveLength(8);
		expect(await run('preset', 'diff', ACME, ACME)).toMatchObject({
			code: 0,
			out: `No changes for the team: ${ACME} and ${ACME} set the same norms.`,
		});
	});

	it('a version 1 file and its upgrade mean the same norms', async () => {
		const v1 = new URL('tests/unit/fixtures/preset-v1.json', root).pathname;
		const r = await run('preset', 'diff', v1, ACME);
		expect(r.out).toBe(`No changes for the team: ${v1} and ${ACME} set the same norms.`);
	});

	it('refuses an invalid preset and says how to see why', async () => {
		const d = dir();
		const bad = write(d, 'bad.json', '{"schemaVersion": 2}');
		const r = await run('preset', 'diff', ACME, bad);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(
			/bad\.json is not a valid preset \(\$\.name: missing required field \(string\), and \d+ more\); run: unhurried preset validate/,
		);
	});
});
