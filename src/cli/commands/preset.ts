/**
 * unhurried preset …: the admin's tools for team norms presets.
 *   validate FILE                       every problem with its JSON path; exit 2 if invalid
 *   init --from NAME [--out FILE]       start from a built-in preset
 *   keygen [--out-dir DIR] [--name N]   an Ed25519 key pair for signed subscriptions
 *   sign FILE --key KEY --url URL       a signed envelope (URL, version, dates, hash), FILE.sig by default
 *   verify FILE --pub KEY [--url URL]   check a signature as the extension will
 *   diff A B [--json]                   what changes for the team, in words
 *   roster import FILE.csv [--into P]   a roster from a spreadsheet
 */
import { existsSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateManagedConfig } from '../../core/norms/managed-config.js';
import { leafPaths } from '../../core/norms/merge-norms.js';
import { decodePresetBytes, parseJsonCapped, parsePresetText } from '../../core/norms/parse-preset.js';
import { formatPresetError, printable } from '../../core/norms/preset-errors.js';
import {
	BUILTIN_PRESET_NAMES,
	BUILTIN_PRESETS,
	isBuiltinPresetName,
} from '../../core/norms/presets/index.js';
import {
	checkEnvelopeBinding,
	checkEnvelopeDates,
	envelopeClaims,
	envelopeStatement,
	parseEnvelope,
	verifyEnvelope,
} from '../../core/norms/signed-envelope.js';
import { checkSubscriptionUrl } from '../../core/norms/subscription-url.js';
import { CliError, type Io } from '../cli-error.js';
import { parseArgs } from '../preset/args.js';
import { diffCommand } from '../preset/diff.js';
import { generateKeys, loadPrivateKey, publicKeyOf, signBytes } from '../preset/keys.js';
import { unwrapPolicyDocument } from '../preset/policy-document.js';
import { writeNewFile } from '../preset/write-file.js';

/** How long a signature is valid unless --expires-in says otherwise. */
export const DEFAULT_VALID_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

import { rosterCommand } from '../preset/roster-import.js';

const USAGE = `usage: unhurried preset <command>

  validate FILE                          check a preset file (- reads stdin); every problem with its JSON path
  validate --policy FILE                 check a policy: Firefox policies.json, Chrome policy JSON, Admin console JSON
  init --from NAME [--out FILE] [--force]  start a preset from a built-in: ${BUILTIN_PRESET_NAMES.join(', ')}
  keygen [--out-dir DIR] [--name NAME] [--force]  make an Ed25519 key pair (NAME.key private PEM, NAME.pub base64)
  sign FILE --key KEY --url URL [--expires-in DAYS] [--out SIG] [--force]
                                         sign FILE for the URL it is published at (FILE.sig by default;
                                         valid ${DEFAULT_VALID_DAYS} days unless --expires-in says otherwise)
  verify FILE --pub KEY [--sig SIG] [--url URL]
                                         check a signature as the extension will (KEY: a .pub file or the key)
  diff A B [--json]                      what changes for the team from preset A to preset B, in words
  roster import FILE.csv [--into PRESET] [--accept-suggestions] [--out FILE]
                                         a roster from a spreadsheet (columns: name, handles, time zone, working hours)`;

function readBytes(file: string): Uint8Array {
	try {
		return new Uint8Array(readFileSync(file));
	} catch (error) {
		throw new CliError(
			`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
		);
	}
}

/** A file's text through the same strict UTF-8 decoder the extension uses. */
function decodeFile(file: string, bytes: Uint8Array): string {
	const decoded = decodePresetBytes(bytes);
	if (!decoded.ok) throw new CliError(`${file}: ${decoded.errors[0]?.message}`);
	return decoded.text;
}

/** A key given as a file path or as the key text itself. */
function keyText(value: string): string {
	return existsSync(value) ? readFileSync(value, 'utf8') : value;
}

function validatePolicy(file: string, text: string, io: Io): number {
	const json = parseJsonCapped(text);
	const unwrapped = json.ok
		? unwrapPolicyDocument(json.value)
		: { error: json.errors.map(formatPresetError).join('; ') };
	if ('error' in unwrapped) throw new CliError(`${file}: ${unwrapped.error}`);
	const policy = validateManagedConfig(unwrapped.config, { allowLoopback: false });
	if (policy.problems.length) {
		for (const problem of policy.problems) io.err(`${file}: ${problem}`);
		io.err(
			`invalid: ${policy.problems.length} problem${policy.problems.length === 1 ? '' : 's'} in ${file} (${unwrapped.kind})`,
		);
		return 2;
	}
	const fields = leafPaths(policy.preset ?? {});
	io.out(
		`valid ${unwrapped.kind}: sets ${fields.length} field${fields.length === 1 ? '' : 's'}${fields.length ? ` (${fields.join(', ')})` : ''}`,
	);
	io.out(`  locked: ${policy.locked.length ? policy.locked.join(', ') : 'nothing'}`);
	io.out(
		`  subscription: ${policy.subscriptionUrl ?? 'none'}${policy.subscriptionUrl && policy.subscriptionPublicKey ? ' (signed presets only)' : ''}`,
	);
	return 0;
}

async function validate(args: string[], io: Io): Promise<number> {
	const { positional, flags } = parseArgs(args, [], ['policy']);
	const [file] = positional;
	if (!file || positional.length > 1) throw new CliError('usage: unhurried preset validate [--policy] FILE');
	const text = file === '-' ? await io.readStdin() : decodeFile(file, readBytes(file));
	if (flags.has('policy')) return validatePolicy(file, text, io);
	const result = parsePresetText(text);
	if (result.ok) {
		io.out(`valid: ${printable(result.preset.name)} v${printable(result.preset.version)}`);
		return 0;
	}
	for (const error of result.errors) io.err(`${file}: ${formatPresetError(error)}`);
	const n = result.errors.length;
	io.err(`invalid: ${n} problem${n === 1 ? '' : 's'} in ${file}`);
	return 2;
}

async function init(args: string[], io: Io): Promise<number> {
	const { options, flags, positional } = parseArgs(args, ['from', 'out'], ['force']);
	if (positional.length) throw new CliError(`unexpected argument "${positional[0]}"`);
	const from = options.get('from');
	if (!from) throw new CliError(`preset init needs --from NAME (one of: ${BUILTIN_PRESET_NAMES.join(', ')})`);
	if (!isBuiltinPresetName(from))
		throw new CliError(`no built-in preset "${from}" (one of: ${BUILTIN_PRESET_NAMES.join(', ')})`);
	const preset = { ...BUILTIN_PRESETS[from], updatedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
	const text = `${JSON.stringify(preset, null, '\t')}\n`;
	const out = options.get('out');
	if (!out) {
		io.out(text.trimEnd());
		return 0;
	}
	writeNewFile(out, text, { force: flags.has('force') });
	io.out(`wrote ${out} from the built-in "${from}" preset; edit it, then: unhurried preset validate ${out}`);
	return 0;
}

async function keygen(args: string[], io: Io): Promise<number> {
	const { options, flags, positional } = parseArgs(args, ['out-dir', 'name'], ['force']);
	if (positional.length) throw new CliError(`unexpected argument "${positional[0]}"`);
	const dir = resolve(options.get('out-dir') ?? '.');
	const name = options.get('name') ?? 'unhurried-preset';
	if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name))
		throw new CliError('--name: letters, digits, ".", "_" and "-" only (it names NAME.key and NAME.pub)');
	if (!existsSync(dir))
		try {
			mkdirSync(dir, { recursive: true, mode: 0o700 }); // a folder for secrets: only its owner may look in
			io.out(`created ${dir} (mode 700)`);
		} catch (error) {
			throw new CliError(`cannot create ${dir}: ${(error as NodeJS.ErrnoException).code ?? error}`);
		}
	const keyFile = join(dir, `${name}.key`);
	const pubFile = join(dir, `${name}.pub`);
	const force = flags.has('force');
	if (!force)
		for (const f of [keyFile, pubFile])
			if (existsSync(f) || isLink(f)) throw new CliError(`${f} exists (use --force to overwrite)`);
	const { privatePem, publicBase64 } = generateKeys();
	writeNewFile(keyFile, privatePem, { force, mode: 0o600 });
	writeNewFile(pubFile, `${publicBase64}\n`, { force, mode: 0o644 });
	io.out(
		`private key: ${keyFile} (mode 600; keep it secret; sign with: unhurried preset sign FILE --key ${keyFile} --url URL)`,
	);
	io.out(`public key:  ${pubFile}`);
	io.out(`pin it in policy "subscriptionPublicKey" or the options page: ${publicBase64}`);
	return 0;
}

function isLink(file: string): boolean {
	try {
		return lstatSync(file).isSymbolicLink();
	} catch {
		return false;
	}
}

function positiveDays(value: string | undefined): number {
	if (value === undefined) return DEFAULT_VALID_DAYS;
	const days = Number(value);
	if (!Number.isInteger(days) || days < 1 || days > 3660)
		throw new CliError('--expires-in: a whole number of days from 1 to 3660');
	return days;
}

async function signCommand(args: string[], io: Io): Promise<number> {
	const { options, flags, positional } = parseArgs(args, ['key', 'out', 'url', 'expires-in'], ['force']);
	const [file] = positional;
	const key = options.get('key');
	const url = options.get('url');
	if (!file || !key || positional.length > 1)
		throw new CliError(
			'usage: unhurried preset sign FILE --key KEY --url URL [--expires-in DAYS] [--out SIG] [--force]',
		);
	if (!url)
		throw new CliError(
			'preset sign needs --url: the https URL the preset is published at (the signature is only valid there)',
		);
	const checked = checkSubscriptionUrl(url, { allowLoopback: true });
	if (!checked.ok) throw new CliError(`--url: ${checked.reason}`);
	const days = positiveDays(options.get('expires-in'));
	const bytes = readBytes(file);
	const parsed = parsePresetText(decodeFile(file, bytes));
	if (!parsed.ok)
		throw new CliError(
			`${file} is not a valid preset (${formatPresetError(parsed.errors[0] ?? { path: '$', message: '?' })}); run: unhurried preset validate ${file}`,
		);
	let privateKey: ReturnType<typeof loadPrivateKey>;
	try {
		privateKey = loadPrivateKey(keyText(key));
	} catch (error) {
		throw new CliError(`--key: ${(error as Error).message}`);
	}
	const issuedAt = new Date();
	const claims = await envelopeClaims(bytes, {
		url: checked.url.href,
		version: parsed.preset.version,
		issuedAt,
		expiresAt: new Date(issuedAt.getTime() + days * DAY_MS),
	});
	const envelope = { ...claims, signature: signBytes(envelopeStatement(claims), privateKey) };
	const out = options.get('out') ?? `${file}.sig`;
	writeNewFile(out, `${JSON.stringify(envelope, null, '\t')}\n`, { force: flags.has('force') });
	io.out(`signed ${file} → ${out} (public key ${publicKeyOf(privateKey)})`);
	io.out(
		`  for ${claims.url}, version ${printable(claims.version)}, issued ${claims.issuedAt}, expires ${claims.expiresAt}`,
	);
	io.out('  publish both side by side; sign again before it expires');
	return 0;
}

async function verify(args: string[], io: Io): Promise<number> {
	const { options, positional } = parseArgs(args, ['sig', 'pub', 'url']);
	const [file] = positional;
	const pub = options.get('pub');
	if (!file || !pub || positional.length > 1)
		throw new CliError('usage: unhurried preset verify FILE --pub KEY [--sig SIG] [--url URL]');
	const sigFile = options.get('sig') ?? `${file}.sig`;
	const bytes = readBytes(file);
	const reject = (reason: string) => new CliError(`${file}: signature rejected: ${reason}`);
	const parsedEnvelope = parseEnvelope(new TextDecoder().decode(readBytes(sigFile)));
	if (!parsedEnvelope.ok) throw reject(parsedEnvelope.reason);
	const envelope = parsedEnvelope.envelope;
	const verified = await verifyEnvelope(envelope, bytes, keyText(pub));
	if (!verified.ok) throw reject(verified.reason);
	const parsed = parsePresetText(decodeFile(file, bytes));
	if (!parsed.ok)
		throw new CliError(`${file} is signed but not a valid preset; run: unhurried preset validate ${file}`);
	const bound = checkEnvelopeBinding(envelope, {
		url: options.get('url') ?? envelope.url,
		version: parsed.preset.version,
	});
	if (!bound.ok) throw reject(bound.reason);
	const dated = checkEnvelopeDates(envelope, { now: Date.now() });
	if (!dated.ok) throw reject(dated.reason);
	const daysLeft = Math.floor((Date.parse(envelope.expiresAt) - Date.now()) / DAY_MS);
	io.out(`signature ok: ${sigFile} signs ${file}`);
	io.out(
		`  for ${printable(envelope.url)}, version ${printable(envelope.version)}, issued ${envelope.issuedAt}, expires ${envelope.expiresAt} (in ${daysLeft} days)`,
	);
	return 0;
}

const subcommands: Record<string, (args: string[], io: Io) => Promise<number>> = {
	validate,
	init,
	keygen,
	sign: signCommand,
	verify,
	diff: diffCommand,
	roster: rosterCommand,
};

/** unhurried preset … */
export async function presetCommand(args: string[], io: Io): Promise<number> {
	const [name, ...rest] = args;
	if (!name || name === '--help' || name === '-h') {
		io.out(USAGE);
		return name ? 0 : 2;
	}
	const sub = subcommands[name];
	if (!sub) throw new CliError(`unknown preset command "${name}" (try: unhurried preset --help)`);
	return sub(rest, io);
}
