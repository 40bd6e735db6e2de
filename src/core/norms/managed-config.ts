/**
 * What an administrator sets through enterprise policy (Chrome `storage.managed` with managed_schema,
 * Firefox `policies.json` → `3rdparty.Extensions["unhurried@unhurried.app"]`). Chrome's managed_schema is
 * generated from this (scripts/gen-schema.ts), so it stays inside what that format can say: no unions.
 */
import { z } from 'zod';
import { isFieldPathOrSection } from './field-paths.js';
import { LOCK_ALL } from './merge-norms.js';
import { parsePresetPatch } from './parse-preset.js';
import { formatPresetError, quoted } from './preset-errors.js';
import { PresetPatch } from './schema.js';
import { decodeEd25519Key } from './signature.js';
import { checkSubscriptionUrl } from './subscription-url.js';

export const LockEntry = z
	.string()
	.max(100)
	.regex(
		/^(\*|[A-Za-z_]+(\.[A-Za-z_]+)*)$/,
		'expected a field path such as "emergency" or "channels.chat.response", or "*"',
	);

export const ManagedConfig = z
	.object({
		/** Norms set by policy: any part of a preset. They beat every other source. */
		preset: PresetPatch.optional(),
		/** Fields (or sections) nobody can override below policy; "*" locks everything. */
		locked: z.array(LockEntry).max(200).optional(),
		/** The team subscription: an https URL of a preset file, refreshed every few hours. */
		subscriptionUrl: z.string().max(2000).optional(),
		/** If set, only a preset with a valid detached signature (URL + ".sig") from this Ed25519 key is accepted. */
		subscriptionPublicKey: z.string().max(200).optional(),
	})
	.strict();
export type ManagedConfig = z.output<typeof ManagedConfig>;

export interface ManagedPolicy {
	preset?: PresetPatch;
	locked: string[];
	subscriptionUrl?: string;
	subscriptionPublicKey?: string;
	/** Readable problems, each naming the policy key at fault. */
	problems: string[];
}

const KEYS = Object.keys(ManagedConfig.shape);
/** Stands for a pinned key that is not a string: it verifies nothing, so every subscription is refused. */
export const UNUSABLE_KEY = '(unusable key)';

const describeType = (v: unknown) =>
	v === null ? 'null' : Array.isArray(v) ? 'an array' : `${typeof v === 'object' ? 'an' : 'a'} ${typeof v}`;

/**
 * Reads a policy object key by key, so one bad value costs only itself; every problem is reported.
 * Used by the background (storage.managed) and by `unhurried preset validate --policy`.
 */
export function validateManagedConfig(
	raw: Record<string, unknown>,
	{ allowLoopback }: { allowLoopback: boolean },
): ManagedPolicy {
	const out: ManagedPolicy = { locked: [], problems: [] };
	for (const key of Object.keys(raw))
		if (!KEYS.includes(key)) out.problems.push(`policy key ${quoted(key)} is unknown and was ignored`);
	if (raw.preset !== undefined) {
		const parsed = parsePresetPatch(raw.preset);
		if (parsed.ok) out.preset = parsed.preset;
		else
			out.problems.push(
				`policy "preset" was ignored: ${parsed.errors.map(formatPresetError).slice(0, 3).join('; ')}${parsed.errors.length > 3 ? ` (and ${parsed.errors.length - 3} more)` : ''}`,
			);
	}
	if (raw.locked !== undefined) {
		const parsed = ManagedConfig.shape.locked.safeParse(raw.locked);
		if (!parsed.success) out.problems.push(`policy "locked" was ignored: ${parsed.error.issues[0]?.message}`);
		else
			for (const entry of parsed.data ?? []) {
				if (entry === LOCK_ALL || isFieldPathOrSection(entry)) out.locked.push(entry);
				else
					out.problems.push(
						`policy "locked" names an unknown field "${entry}" (known: sections such as "emergency" or fields such as "channels.chat.response")`,
					);
			}
	}
	if (raw.subscriptionUrl !== undefined && raw.subscriptionUrl !== '') {
		const url =
			typeof raw.subscriptionUrl === 'string'
				? checkSubscriptionUrl(raw.subscriptionUrl, { allowLoopback })
				: undefined;
		if (url?.ok) out.subscriptionUrl = url.url.href;
		else
			out.problems.push(
				`policy "subscriptionUrl" was ignored: ${url ? url.reason : `expected a string, got ${describeType(raw.subscriptionUrl)}`}`,
			);
	}
	if (raw.subscriptionPublicKey !== undefined && raw.subscriptionPublicKey !== '') {
		// Kept even if malformed: a pinned key that cannot verify anything must fail closed, not open.
		// Type-checked first: String() on {"toString":1} throws, and that once broke every recompute.
		const key = raw.subscriptionPublicKey;
		out.subscriptionPublicKey = typeof key === 'string' ? key : UNUSABLE_KEY;
		try {
			if (typeof key !== 'string') throw new Error(`expected a string, got ${describeType(key)}`);
			decodeEd25519Key(key, 'public');
		} catch (error) {
			out.problems.push(
				`policy "subscriptionPublicKey" is not usable (${(error as Error).message}): every subscription is refused until it is fixed`,
			);
		}
	}
	return out;
}
