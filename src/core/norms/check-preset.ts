/**
 * A preset the background kept, checked again on every recompute, and the one refusal type both that check and
 * the fetch (background/norms/fetch-preset.ts) use. Pure: no network, no timers.
 */
import { parsePresetText } from './parse-preset.js';
import { formatPresetError } from './preset-errors.js';
import type { Norms } from './schema.js';
import { checkEnvelopeBinding, type SignedEnvelope, verifyEnvelope } from './signed-envelope.js';

/** A reason to refuse a preset, in words a person can read; callers turn it into `{ ok: false, reason }`. */
export class PresetRefusal extends Error {}

/** The preset in `text`, or a refusal naming its first problem. */
export function parseOrFail(text: string): Norms {
	const parsed = parsePresetText(text);
	if (parsed.ok) return parsed.preset;
	const [first, ...rest] = parsed.errors;
	throw new PresetRefusal(
		`the preset is not valid: ${first ? formatPresetError(first) : 'unknown problem'}${rest.length ? ` (and ${rest.length} more)` : ''}`,
	);
}

export type StoredPresetCheck = { ok: true; preset: Norms } | { ok: false; reason: string };

/**
 * A kept preset checked again, as on every recompute: parsed anew, and with a pinned key its envelope must
 * still verify with that key, cover these bytes and name this URL and version. (Its dates were checked when
 * it arrived; an expired preset in force stays, and the caller says so.)
 */
export async function checkStoredPreset(
	stored: { text: string; envelope: SignedEnvelope | null },
	{ url, publicKey }: { url: string; publicKey: string | null },
): Promise<StoredPresetCheck> {
	try {
		if (publicKey) {
			if (!stored.envelope) throw new PresetRefusal('it was not signed with the pinned key');
			const verified = await verifyEnvelope(
				stored.envelope,
				new TextEncoder().encode(stored.text),
				publicKey,
			);
			if (!verified.ok) throw new PresetRefusal(`its signature no longer holds: ${verified.reason}`);
		}
		const preset = parseOrFail(stored.text);
		if (publicKey && stored.envelope) {
			const bound = checkEnvelopeBinding(stored.envelope, { url, version: preset.version });
			if (!bound.ok) throw new PresetRefusal(bound.reason);
		}
		return { ok: true, preset };
	} catch (error) {
		return { ok: false, reason: error instanceof PresetRefusal ? error.message : String(error) };
	}
}
