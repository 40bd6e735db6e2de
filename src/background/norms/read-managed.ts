/**
 * Reads enterprise policy from storage.managed (Chrome: validated against schema/managed-schema.json;
 * Firefox: policies.json 3rdparty.Extensions["unhurried@unhurried.app"]). Each key is parsed on its own,
 * so one bad value costs only itself, and every problem is reported.
 */
import { isFieldPathOrSection } from '../../core/norms/field-paths.js';
import { ManagedConfig } from '../../core/norms/managed-config.js';
import { LOCK_ALL } from '../../core/norms/merge-norms.js';
import { parsePresetPatch } from '../../core/norms/parse-preset.js';
import { formatPresetError } from '../../core/norms/preset-errors.js';
import type { PresetPatch } from '../../core/norms/schema.js';
import { checkSubscriptionUrl } from '../../core/norms/subscription-url.js';
import browser from '../../shared/browser.js';

export interface ManagedPolicy {
	preset?: PresetPatch;
	locked: string[];
	subscriptionUrl?: string;
	subscriptionPublicKey?: string;
	/** Readable problems, each prefixed with the policy key at fault. */
	problems: string[];
}

const KEYS = Object.keys(ManagedConfig.shape);

/** Parses a raw managed-storage object (exported for tests). */
export function parseManaged(
	raw: Record<string, unknown>,
	{ allowLoopback }: { allowLoopback: boolean },
): ManagedPolicy {
	const out: ManagedPolicy = { locked: [], problems: [] };
	for (const key of Object.keys(raw))
		if (!KEYS.includes(key)) out.problems.push(`policy key "${key}" is unknown and was ignored`);
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
		else out.problems.push(`policy "subscriptionUrl" was ignored: ${url ? url.reason : 'expected a string'}`);
	}
	if (raw.subscriptionPublicKey !== undefined && raw.subscriptionPublicKey !== '') {
		// Kept even if malformed: a pinned key that cannot verify anything must fail closed, not open.
		out.subscriptionPublicKey = String(raw.subscriptionPublicKey);
	}
	return out;
}

/** Reads the policy; no managed storage (no policy, or Firefox without policies.json) means no policy. */
export async function readManaged({ allowLoopback }: { allowLoopback: boolean }): Promise<ManagedPolicy> {
	let raw: Record<string, unknown> = {};
	try {
		raw = (await browser.storage.managed.get()) ?? {};
	} catch {
		// Firefox throws "Managed storage manifest not found" when no policy exists.
	}
	return parseManaged(raw, { allowLoopback });
}
