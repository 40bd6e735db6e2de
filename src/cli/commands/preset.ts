/**
 * unhurried preset …: the admin's tools for team norms presets.
 *   validate FILE                       every problem with its JSON path; exit 2 if invalid
 *   init --from NAME [--out FILE]       start from a built-in preset
 *   keygen [--out-dir DIR] [--name N]   an Ed25519 key pair for signed subscriptions
 *   sign FILE --key KEY [--out SIG]     a detached signature, FILE.sig by default
 *   verify FILE --pub KEY [--sig SIG]   check a signature as the extension will
 *   diff A B [--json]                   what changes for the team, in words
 *   roster import FILE.csv [--into P]   a roster from a spreadsheet
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateManagedConfig } from '../../core/norms/managed-config.js';
import { leafPaths } from '../../core/norms/merge-norms.js';
import { parseJsonCapped, parsePresetText } from '../../core/norms/parse-preset.js';
import { formatPresetError } from '../../core/norms/preset-errors.js';
import {
	BUILTIN_PRESET_NAMES,
	BUILTIN_PRESETS,
	isBuiltinPresetName,
} from '../../core/norms/presets/index.js';
import { verifyPresetSignature } from '../../core/norms/signature.js';
import { CliError, type Io } from '../cli-error.js';
import { parseArgs } from '../preset/args.js';
import { diffCommand } from '../preset/diff.js';
import { generateKeys, loadPrivateKey, publicKeyOf, signBytes } from '../preset/keys.js';
import { unwrapPolicyDocument } from '../preset/policy-document.js';
import { rosterCommand } from '../preset/roster-import.js';

const USAGE = `usage: unhurried preset <command>

  validate FILE                          check a preset file (- reads stdin); every problem with its JSON path
  validate --policy FILE                 check a policy: Firefox policies.json, Chrome policy JSON, Admin console JSON
  init --from NAME [--out FILE] [--force]  start a preset from a built-in: ${BUILTIN_PRESET_NAMES.join(', ')}
  keygen [--out-dir DIR] [--name NAME] [--force]  make an Ed25519 key pair (NAME.key private PEM, NAME.pub base64)
  sign FILE --key KEY [--out SIG]        write a detached signature (FILE.sig by default)
  verify FILE --pub KEY [--sig SIG]      check a signature (KEY: a .pub file or the base64 key itself)
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

function writeNew(file: string, content: string, force: boolean, mode?: number): void {
	if (!force && existsSync(file)) throw new CliError(`${file} exists (use --force to overwrite)`);
	writeFileSync(file, content, mode === undefined ? undefined : { mode });
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
	const text = file === '-' ? await io.readStdin() : new TextDecoder().decode(readBytes(file));
	if (flags.has('policy')) return validatePolicy(file, text, io);
	const result = parsePresetText(text);
	if (result.ok) {
		io.out(`valid: ${result.preset.name} v${result.preset.version}`);
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
	writeNew(out, text, flags.has('force'));
	io.out(`wrote ${out} from the built-in "${from}" preset; edit it, then: unhurried preset validate ${out}`);
	return 0;
}

async function keygen(args: string[], io: Io): Promise<number> {
	const { options, flags, positional } = parseArgs(args, ['out-dir', 'name'], ['force']);
	if (positional.length) throw new CliError(`unexpected argument "${positional[0]}"`);
	const dir = resolve(options.get('out-dir') ?? '.');
	if (!existsSync(dir)) throw new CliError(`no such directory: ${dir}`);
	const name = options.get('name') ?? 'unhurried-preset';
	const keyFile = join(dir, `${name}.key`);
	const pubFile = join(dir, `${name}.pub`);
	const { privatePem, publicBase64 } = generateKeys();
	if (!flags.has('force'))
		for (const f of [keyFile, pubFile])
			if (existsSync(f)) throw new CliError(`${f} exists (use --force to overwrite)`);
	writeNew(keyFile, privatePem, true, 0o600);
	writeNew(pubFile, `${publicBase64}\n`, true);
	io.out(`private key: ${keyFile} (keep it secret; sign with: unhurried preset sign FILE --key ${keyFile})`);
	io.out(`public key:  ${pubFile}`);
	io.out(`pin it in policy "subscriptionPublicKey" or the options page: ${publicBase64}`);
	return 0;
}

async function signCommand(args: string[], io: Io): Promise<number> {
	const { options, positional } = parseArgs(args, ['key', 'out']);
	const [file] = positional;
	const key = options.get('key');
	if (!file || !key || positional.length > 1)
		throw new CliError('usage: unhurried preset sign FILE --key KEY [--out SIG]');
	const bytes = readBytes(file);
	const parsed = parsePresetText(new TextDecoder().decode(bytes));
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
	const out = options.get('out') ?? `${file}.sig`;
	writeNew(out, `${signBytes(bytes, privateKey)}\n`, true);
	io.out(`signed ${file} → ${out} (public key ${publicKeyOf(privateKey)}); publish both side by side`);
	return 0;
}

async function verify(args: string[], io: Io): Promise<number> {
	const { options, positional } = parseArgs(args, ['sig', 'pub']);
	const [file] = positional;
	const pub = options.get('pub');
	if (!file || !pub || positional.length > 1)
		throw new CliError('usage: unhurried preset verify FILE --pub KEY [--sig SIG]');
	const sigFile = options.get('sig') ?? `${file}.sig`;
	const bytes = readBytes(file);
	const signature = new TextDecoder().decode(readBytes(sigFile));
	const result = await verifyPresetSignature(bytes, signature, keyText(pub));
	if (!result.ok) throw new CliError(`${file}: signature rejected: ${result.reason}`);
	io.out(`signature ok: ${sigFile} signs ${file}`);
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
