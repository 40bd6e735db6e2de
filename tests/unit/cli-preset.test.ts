import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { validPreset } from './norms-fixtures.js';

async function run(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(argv, {
		out: (l) => out.push(l),
		err: (l) => err.push(l),
		readStdin: async () => JSON.stringify(validPreset()),
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}
const dir = () => mkdtempSync(join(tmpdir(), 'unhurried-preset-'));

describe('unhurried preset validate', () => {
	it('accepts a valid file: exit 0 and its name and version', async () => {
		const d = dir();
		writeFileSync(join(d, 'ok.json'), JSON.stringify(validPreset()));
		expect(await run('preset', 'validate', join(d, 'ok.json'))).toEqual({
			code: 0,
			out: 'valid: Balanced (built-in) v1',
			err: '',
		});
		expect(await run('preset', 'validate', '-')).toMatchObject({ code: 0 });
	});

	it('prints every problem with its JSON path and exits 2', async () => {
		const d = dir();
		const p = validPreset();
		p.roster[2].timeZone = 'Mars/Base';
		p.tools.doc.urlTemplate = 'javascript:alert(1)';
		p.meetings.extra = true;
		writeFileSync(join(d, 'bad.json'), JSON.stringify(p));
		const r = await run('preset', 'validate', join(d, 'bad.json'));
		expect(r.code).toBe(2);
		expect(r.err.split('\n').map((l) => l.replace(`${join(d, 'bad.json')}: `, ''))).toEqual([
			'$.meetings.extra: unknown field "extra"',
			'$.roster[2].timeZone: unknown IANA time zone',
			'$.tools.doc.urlTemplate: must be an https URL',
			`invalid: 3 problems in ${join(d, 'bad.json')}`,
		]);
	});

	it('explains a missing file and bad usage with exit 2', async () => {
		expect(await run('preset', 'validate', '/nonexistent/p.json')).toMatchObject({
			code: 2,
			err: /cannot read .*ENOENT/,
		});
		expect(await run('preset', 'validate')).toMatchObject({ code: 2, err: /usage/ });
		expect(await run('preset', 'frobnicate')).toMatchObject({ code: 2, err: /unknown preset command/ });
		expect(await run('preset')).toMatchObject({ code: 2, out: /usage: unhurried preset/ });
		expect(await run('preset', '--help')).toMatchObject({ code: 0 });
	});
});

describe('unhurried preset init', () => {
	it('starts from a built-in, to stdout or a file that then validates', async () => {
		const printed = await run('preset', 'init', '--from', 'support-on-call');
		expect(printed.code).toBe(0);
		expect(JSON.parse(printed.out)).toMatchObject({
			name: BUILTIN_PRESETS['support-on-call'].name,
			updatedAt: expect.stringMatching(/Z$/),
		});
		const file = join(dir(), 'team.json');
		expect(await run('preset', 'init', '--from=async-first', '--out', file)).toMatchObject({
			code: 0,
			out: /wrote/,
		});
		expect(await run('preset', 'validate', file)).toMatchObject({
			code: 0,
			out: 'valid: Async-first (handbook) v1',
		});
		expect(await run('preset', 'init', '--from', 'async-first', '--out', file)).toMatchObject({
			code: 2,
			err: /exists/,
		});
		expect(await run('preset', 'init', '--from', 'async-first', '--out', file, '--force')).toMatchObject({
			code: 0,
		});
	});

	it('refuses an unknown name or option', async () => {
		expect(await run('preset', 'init', '--from', 'chaos')).toMatchObject({
			code: 2,
			err: /no built-in preset "chaos" \(one of: balanced, async-first, support-on-call\)/,
		});
		expect(await run('preset', 'init')).toMatchObject({ code: 2, err: /needs --from/ });
		expect(await run('preset', 'init', '--from')).toMatchObject({ code: 2, err: /--from needs a value/ });
		expect(await run('preset', 'init', '--colour', 'x')).toMatchObject({
			code: 2,
			err: /unknown option --colour/,
		});
	});
});

describe('unhurried preset keygen, sign and verify', () => {
	it('makes keys, signs, and verifies what the extension will accept', async () => {
		const d = dir();
		const preset = join(d, 'team.json');
		await run('preset', 'init', '--from', 'balanced', '--out', preset);
		const keys = await run('preset', 'keygen', '--out-dir', d, '--name', 'acme');
		expect(keys.code).toBe(0);
		expect(statSync(join(d, 'acme.key')).mode & 0o777).toBe(0o600);
		expect(readFileSync(join(d, 'acme.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
		const pub = readFileSync(join(d, 'acme.pub'), 'utf8').trim();
		expect(Buffer.from(pub, 'base64')).toHaveLength(32);
		expect(keys.out).toContain(pub);
		expect(await run('preset', 'keygen', '--out-dir', d, '--name', 'acme')).toMatchObject({
			code: 2,
			err: /exists/,
		});

		expect(await run('preset', 'sign', preset, '--key', join(d, 'acme.key'))).toMatchObject({
			code: 0,
			out: /signed .*team\.json\.sig/,
		});
		expect(Buffer.from(readFileSync(`${preset}.sig`, 'utf8').trim(), 'base64')).toHaveLength(64);
		expect(await run('preset', 'verify', preset, '--pub', join(d, 'acme.pub'))).toMatchObject({
			code: 0,
			out: /signature ok/,
		});
		expect(await run('preset', 'verify', preset, '--pub', pub, '--sig', `${preset}.sig`)).toMatchObject({
			code: 0,
		});

		writeFileSync(preset, `${readFileSync(preset, 'utf8')} `);
		expect(await run('preset', 'verify', preset, '--pub', pub)).toMatchObject({
			code: 2,
			err: /does not match/,
		});
		await run('preset', 'keygen', '--out-dir', d, '--name', 'other');
		await run('preset', 'sign', preset, '--key', join(d, 'acme.key'));
		expect(await run('preset', 'verify', preset, '--pub', join(d, 'other.pub'))).toMatchObject({
			code: 2,
			err: /signature rejected/,
		});
	});

	it('refuses to sign an invalid preset or with a bad key', async () => {
		const d = dir();
		writeFileSync(join(d, 'bad.json'), '{"schemaVersion": 1}');
		await run('preset', 'keygen', '--out-dir', d);
		expect(
			await run('preset', 'sign', join(d, 'bad.json'), '--key', join(d, 'unhurried-preset.key')),
		).toMatchObject({ code: 2, err: /not a valid preset/ });
		writeFileSync(join(d, 'ok.json'), JSON.stringify(validPreset()));
		expect(await run('preset', 'sign', join(d, 'ok.json'), '--key', 'c2hvcnQ=')).toMatchObject({
			code: 2,
			err: /--key: not an Ed25519 private key/,
		});
		expect(await run('preset', 'sign', join(d, 'ok.json'))).toMatchObject({ code: 2, err: /usage/ });
		expect(await run('preset', 'verify', join(d, 'ok.json'), '--pub', 'x')).toMatchObject({
			code: 2,
			err: /cannot read .*ok\.json\.sig/,
		});
		expect(await run('preset', 'keygen', '--out-dir', join(d, 'nope'))).toMatchObject({
			code: 2,
			err: /no such directory/,
		});
	});
});

describe('unhurried preset validate --policy', () => {
	it('reports every bad policy value and exits 2', async () => {
		const d = dir();
		const file = join(d, 'policies.json');
		writeFileSync(
			file,
			JSON.stringify({
				policies: {
					'3rdparty': {
						Extensions: {
							'unhurried@unhurried.app': {
								preset: { meetings: { agendaLeadHours: -1 } },
								locked: ['emergency', 'no.such.field'],
								subscriptionUrl: 'http://norms.example.com/p.json',
								subscriptionPublicKey: 'abc',
							},
						},
					},
				},
			}),
		);
		const r = await run('preset', 'validate', '--policy', file);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/policy "preset" was ignored: \$\.meetings\.agendaLeadHours: too small/);
		expect(r.err).toMatch(/unknown field "no\.such\.field"/);
		expect(r.err).toMatch(/plain http is refused/);
		expect(r.err).toMatch(/subscriptionPublicKey" is not usable/);
		expect(r.err).toMatch(/invalid: 4 problems in .* \(Firefox policies\.json\)/);
	});

	it('says when a policy file has nothing for Unhurried', async () => {
		const file = join(dir(), 'chrome.json');
		writeFileSync(
			file,
			JSON.stringify({ '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: {} } } }),
		);
		expect(await run('preset', 'validate', '--policy', file)).toMatchObject({
			code: 2,
			err: /no "3rdparty"\.extensions\["hoppalahgmnknadbgcogbidmppedlkjn"\]/,
		});
	});
});
