import { createPublicKey } from 'node:crypto';
import {
	chmodSync,
	existsSync,
	lstatSync,
	mkdtempSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { makeSigner, validPreset } from './norms-fixtures.js';

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

const URL_ = 'https://norms.acme.example/team.json';

describe('unhurried preset keygen, sign and verify', () => {
	it('makes keys, signs an envelope for the URL, and verifies what the extension will accept', async () => {
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

		const signed = await run('preset', 'sign', preset, '--key', join(d, 'acme.key'), '--url', URL_);
		expect(signed).toMatchObject({ code: 0, out: /signed .*team\.json\.sig/ });
		expect(signed.out).toMatch(
			/for https:\/\/norms\.acme\.example\/team\.json, version 1, issued .*Z, expires .*Z/,
		);
		const envelope = JSON.parse(readFileSync(`${preset}.sig`, 'utf8'));
		expect(envelope).toMatchObject({ format: 'unhurried-preset-signature/2', url: URL_, version: '1' });
		expect(Date.parse(envelope.expiresAt) - Date.parse(envelope.issuedAt)).toBe(180 * 86_400_000);
		expect(await run('preset', 'verify', preset, '--pub', join(d, 'acme.pub'), '--url', URL_)).toMatchObject({
			code: 0,
			out: /signature ok[\s\S]*in 179 days/,
		});
		expect(await run('preset', 'verify', preset, '--pub', pub, '--sig', `${preset}.sig`)).toMatchObject({
			code: 0,
		});
		expect(
			await run('preset', 'verify', preset, '--pub', pub, '--url', 'https://other.example/team.json'),
		).toMatchObject({ code: 2, err: /signed for https:\/\/norms\.acme\.example\/team\.json, not for/ });

		writeFileSync(preset, `${readFileSync(preset, 'utf8')} `);
		expect(await run('preset', 'verify', preset, '--pub', pub)).toMatchObject({
			code: 2,
			err: /the signature is for other bytes/,
		});
		await run('preset', 'keygen', '--out-dir', d, '--name', 'other');
		await run('preset', 'sign', preset, '--key', join(d, 'acme.key'), '--url', URL_, '--force');
		expect(await run('preset', 'verify', preset, '--pub', join(d, 'other.pub'))).toMatchObject({
			code: 2,
			err: /signature rejected: the signature does not match/,
		});
	});

	it('explains an old detached .sig and an expired envelope', async () => {
		const d = dir();
		const preset = join(d, 'team.json');
		writeFileSync(preset, JSON.stringify(validPreset()));
		const signer = await makeSigner();
		writeFileSync(`${preset}.sig`, signer.sign(readFileSync(preset)));
		expect(await run('preset', 'verify', preset, '--pub', signer.publicKey)).toMatchObject({
			code: 2,
			err: /old detached format .*re-sign the preset with: unhurried preset sign FILE --key KEY --url URL/,
		});
		writeFileSync(
			`${preset}.sig`,
			await signer.envelope(readFileSync(preset, 'utf8'), {
				url: URL_,
				issuedAt: new Date('2020-01-01'),
				expiresAt: new Date('2020-06-01'),
			}),
		);
		expect(await run('preset', 'verify', preset, '--pub', signer.publicKey)).toMatchObject({
			code: 2,
			err: /expired on 2020-06-01/,
		});
	});

	it('refuses to sign an invalid preset, without a URL, or with a bad or public key', async () => {
		const d = dir();
		writeFileSync(join(d, 'bad.json'), '{"schemaVersion": 1}');
		await run('preset', 'keygen', '--out-dir', d);
		const key = join(d, 'unhurried-preset.key');
		expect(await run('preset', 'sign', join(d, 'bad.json'), '--key', key, '--url', URL_)).toMatchObject({
			code: 2,
			err: /not a valid preset/,
		});
		const ok = join(d, 'ok.json');
		writeFileSync(ok, JSON.stringify(validPreset()));
		expect(await run('preset', 'sign', ok, '--key', key)).toMatchObject({ code: 2, err: /needs --url/ });
		expect(
			await run('preset', 'sign', ok, '--key', key, '--url', 'http://norms.example/p.json'),
		).toMatchObject({
			code: 2,
			err: /--url: plain http is refused/,
		});
		expect(await run('preset', 'sign', ok, '--key', 'c2hvcnQ=', '--url', URL_)).toMatchObject({
			code: 2,
			err: /--key: not an Ed25519 private key/,
		});
		// The public key, as a file or as its text, is refused with the reason (it would sign nothing useful).
		for (const publicKey of [
			join(d, 'unhurried-preset.pub'),
			readFileSync(join(d, 'unhurried-preset.pub'), 'utf8'),
		])
			expect(await run('preset', 'sign', ok, '--key', publicKey, '--url', URL_)).toMatchObject({
				code: 2,
				err: /--key: this looks like a public key \(base64, as in NAME\.pub\); signing needs the private key/,
			});
		const pem = createPublicKey(readFileSync(key, 'utf8')).export({ format: 'pem', type: 'spki' }).toString();
		expect(await run('preset', 'sign', ok, '--key', pem, '--url', URL_)).toMatchObject({
			code: 2,
			err: /--key: this is a public key \(PEM\)/,
		});
		expect(existsSync(`${ok}.sig`)).toBe(false);
		expect(await run('preset', 'sign', ok)).toMatchObject({ code: 2, err: /usage/ });
		expect(await run('preset', 'verify', ok, '--pub', 'x')).toMatchObject({
			code: 2,
			err: /cannot read .*ok\.json\.sig/,
		});
	});

	it('never overwrites a signature without --force', async () => {
		const d = dir();
		const ok = join(d, 'ok.json');
		writeFileSync(ok, JSON.stringify(validPreset()));
		await run('preset', 'keygen', '--out-dir', d);
		const key = join(d, 'unhurried-preset.key');
		expect(await run('preset', 'sign', ok, '--key', key, '--url', URL_)).toMatchObject({ code: 0 });
		const first = readFileSync(`${ok}.sig`, 'utf8');
		for (const out of [[], ['--out', `${ok}.sig`]])
			expect(await run('preset', 'sign', ok, '--key', key, '--url', URL_, ...out)).toMatchObject({
				code: 2,
				err: /ok\.json\.sig exists \(use --force to overwrite\)/,
			});
		expect(readFileSync(`${ok}.sig`, 'utf8')).toBe(first);
		expect(await run('preset', 'sign', ok, '--key', key, '--url', URL_, '--force')).toMatchObject({
			code: 0,
		});
	});
});

describe('unhurried preset keygen writes keys safely', () => {
	it('creates a missing output folder, mode 700', async () => {
		const nested = join(dir(), 'secrets', 'acme');
		expect(await run('preset', 'keygen', '--out-dir', nested)).toMatchObject({
			code: 0,
			out: /created .* \(mode 700\)/,
		});
		expect(statSync(nested).mode & 0o777).toBe(0o700);
		expect(statSync(join(nested, 'unhurried-preset.key')).mode & 0o777).toBe(0o600);
	});

	it('--force replaces a world-readable key file with a new 0600 one', async () => {
		const d = dir();
		const keyFile = join(d, 'unhurried-preset.key');
		writeFileSync(keyFile, 'old', { mode: 0o644 });
		chmodSync(keyFile, 0o644);
		expect(await run('preset', 'keygen', '--out-dir', d, '--force')).toMatchObject({ code: 0 });
		expect(statSync(keyFile).mode & 0o777).toBe(0o600);
		expect(readFileSync(keyFile, 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
	});

	it('never writes through a symlink, dangling or not', async () => {
		const d = dir();
		const target = join(d, 'elsewhere.key');
		symlinkSync(target, join(d, 'unhurried-preset.key')); // dangling
		expect(await run('preset', 'keygen', '--out-dir', d)).toMatchObject({ code: 2, err: /exists/ });
		expect(existsSync(target)).toBe(false);
		expect(await run('preset', 'keygen', '--out-dir', d, '--force')).toMatchObject({ code: 0 });
		expect(existsSync(target)).toBe(false); // the link was replaced, its target never created
		expect(lstatSync(join(d, 'unhurried-preset.key')).isSymbolicLink()).toBe(false);
		expect(statSync(join(d, 'unhurried-preset.key')).mode & 0o777).toBe(0o600);
	});
});

describe('unhurried preset validate reads files as the extension does', () => {
	it('refuses bytes that are not UTF-8', async () => {
		const file = join(dir(), 'latin1.json');
		const text = JSON.stringify({ ...validPreset(), name: 'Équipe' });
		writeFileSync(file, Buffer.from(text, 'latin1'));
		expect(await run('preset', 'validate', file)).toMatchObject({ code: 2, err: /not UTF-8 text/ });
	});

	it('refuses duplicate keys instead of keeping the last one', async () => {
		const file = join(dir(), 'dup.json');
		const text = JSON.stringify(validPreset(), null, 2).replace(
			'"urlTemplate": "https://docs.example.com/new?title={title}"',
			'"urlTemplate": "https://docs.example.com/new?title={title}",\n      "urlTemplate": "https://evil.example/{title}"',
		);
		writeFileSync(file, text);
		expect(await run('preset', 'validate', file)).toMatchObject({
			code: 2,
			err: /\$: duplicate key "urlTemplate" at line \d+, column \d+/,
		});
	});

	it('prints keys and names with terminal escapes escaped', async () => {
		const file = join(dir(), 'esc.json');
		writeFileSync(file, JSON.stringify({ ...validPreset(), '\u001b]0;pwned\u0007\u009b31m': 1 }));
		const r = await run('preset', 'validate', file);
		expect(r.code).toBe(2);
		expect(r.err).toContain('unknown field "\\u001b]0;pwned\\u0007\\u009b31m"');
		// biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
		expect(r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
		const named = join(dir(), 'named.json');
		writeFileSync(named, JSON.stringify({ ...validPreset(), name: 'Team \u001b[2J\u202eevil' }));
		const ok = await run('preset', 'validate', named);
		expect(ok).toMatchObject({ code: 0, out: 'valid: Team \\u001b[2J\\u202eevil v1' });
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

	it('reports a policy value that is not a string instead of crashing, and fails closed', async () => {
		const file = join(dir(), 'policy.json');
		writeFileSync(file, '{"subscriptionUrl": {"toString": 1}, "subscriptionPublicKey": {"toString": 1}}');
		const r = await run('preset', 'validate', '--policy', file);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/policy "subscriptionUrl" was ignored: expected a string, got an object/);
		expect(r.err).toMatch(
			/policy "subscriptionPublicKey" is not usable \(expected a string, got an object\): every subscription is refused/,
		);
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
