/**
 * The effective norms: every source of norms merged by precedence (built-in < policy < subscription < file <
 * personal, with policy's locks), each field's source, and the problems a person should see. Pure: the
 * background reads the sources (policy, the trusted store) and publishes the result (views.ts); this module only
 * decides. A kept subscription preset is parsed again, and its signature checked again with the pinned key.
 */
import { z } from 'zod';
import { checkStoredPreset } from './check-preset.js';
import { DEFAULT_NORMS } from './default-norms.js';
import type { ManagedPolicy } from './managed-config.js';
import { mergeNorms, NORMS_SOURCES, type NormsLayer } from './merge-norms.js';
import { StoredPreset } from './parse-preset.js';
import type { Norms, PersonalOverrides } from './schema.js';
import { isExpired, type SignedEnvelope } from './signed-envelope.js';

export const NormsSource = z.enum(NORMS_SOURCES);

/** A problem with one source of norms, kept for the popup and options page to show. */
export const NormsProblem = z.object({
	source: z.enum([...NORMS_SOURCES, 'storage']),
	message: z.string(),
	/** Epoch milliseconds. */
	at: z.number(),
});
export type NormsProblem = z.output<typeof NormsProblem>;

export const SubscriptionStatus = z.object({
	url: z.string(),
	/** Set by enterprise policy (then a person cannot change it). */
	managed: z.boolean(),
	/** A public key is pinned: only signed presets are accepted. */
	pinned: z.boolean(),
	lastAttemptAt: z.number().nullable(),
	lastSuccessAt: z.number().nullable(),
	lastError: NormsProblem.nullable(),
});

/**
 * The effective norms, computed by the background from every source and published under one key: content
 * scripts read storage.local's copy, pages storage.session's. Readers never need to wake the worker.
 */
export const EffectiveNorms = z.object({
	norms: StoredPreset,
	/** Field path (e.g. `channels.chat.response`) → the source its value came from. */
	sources: z.record(z.string(), NormsSource),
	/** Field paths or sections locked by policy ("*" = everything). */
	locked: z.array(z.string()),
	/** The preset that provides the identity: the highest full preset in force. */
	preset: z.object({ name: z.string(), version: z.string(), source: NormsSource }),
	/** When the norms were last computed (epoch ms). */
	refreshedAt: z.number(),
	/** The most recent problem, if any is current. */
	lastError: NormsProblem.nullable(),
	/** Every current problem (a failed subscription, an invalid policy value…). */
	problems: z.array(NormsProblem),
	subscription: SubscriptionStatus.nullable(),
});
export type EffectiveNorms = z.output<typeof EffectiveNorms>;

/** What readers get before the background has written anything: the built-in default. */
export function builtinEffectiveNorms(): EffectiveNorms {
	return {
		norms: DEFAULT_NORMS,
		sources: {},
		locked: [],
		preset: { name: DEFAULT_NORMS.name, version: DEFAULT_NORMS.version, source: 'builtin' },
		refreshedAt: 0,
		lastError: null,
		problems: [],
		subscription: null,
	};
}
/** The subscription as the background keeps it (what is needed of it here). */
export interface KeptSubscription {
	url: string | null;
	publicKey: string | null;
	lastGood: {
		url: string;
		text: string;
		envelope: SignedEnvelope | null;
		publicKey: string | null;
		fetchedAt: number;
	} | null;
	lastAttemptAt: number | null;
	lastError: NormsProblem | null;
}

export interface NormsInputs {
	/** Epoch ms: when the norms are computed. */
	at: number;
	policy: ManagedPolicy;
	subscription: KeptSubscription;
	imported: { preset: Norms } | null;
	personal: PersonalOverrides;
	/** Messages for stored sources found damaged (their last good value, or none, is used). */
	damaged: readonly string[];
}

/**
 * The subscription in force: policy's URL beats the person's. When policy sets the URL, only policy's key
 * applies (a stale key the person once pinned must not block the admin's subscription); policy may also pin
 * a key for the person's own URL.
 */
export function subscriptionInForce(
	policy: ManagedPolicy,
	state: Pick<KeptSubscription, 'url' | 'publicKey'>,
) {
	const managed = policy.subscriptionUrl !== undefined;
	const url = policy.subscriptionUrl ?? state.url;
	const publicKey = managed
		? policy.subscriptionPublicKey
		: (policy.subscriptionPublicKey ?? state.publicKey);
	return { url, publicKey: publicKey ?? null, managed };
}

/** The effective norms from every source; see the module comment. */
export async function computeEffectiveNorms(inputs: NormsInputs): Promise<EffectiveNorms> {
	const { at, policy, imported, personal } = inputs;
	const state = inputs.subscription;
	const inForce = subscriptionInForce(policy, state);
	const problems: NormsProblem[] = policy.problems.map((message) => ({ source: 'policy', message, at }));
	for (const message of inputs.damaged) problems.push({ source: 'storage', message, at });
	const layers: NormsLayer[] = [{ source: 'builtin', patch: DEFAULT_NORMS }];
	if (policy.preset) layers.push({ source: 'policy', patch: policy.preset });
	const good = state.lastGood;
	if (inForce.url && good) {
		const checked =
			inForce.publicKey === null || good.publicKey === inForce.publicKey
				? await checkStoredPreset(good, { url: good.url, publicKey: inForce.publicKey })
				: { ok: false as const, reason: 'it was not signed with the pinned key' };
		if (checked.ok) {
			// Only the policy's own URL may fill locked fields, not a preset kept from the person's earlier URL.
			layers.push({
				source: 'subscription',
				patch: checked.preset,
				admin: inForce.managed && good.url === inForce.url,
			});
			if (inForce.publicKey && good.envelope && isExpired(good.envelope, at))
				problems.push({
					source: 'subscription',
					message: `the team preset in force expired on ${good.envelope.expiresAt.slice(0, 10)}; it stays until a newer signed one arrives (ask your admin to sign it again)`,
					at,
				});
		} else
			problems.push({
				source: 'subscription',
				message: `the last fetched preset is not used: ${checked.reason}`,
				at,
			});
	}
	if (imported) layers.push({ source: 'file', patch: imported.preset });
	layers.push({ source: 'personal', patch: personal });
	if (inForce.url && state.lastError) problems.push(state.lastError);

	const merged = mergeNorms(layers, policy.locked);
	const lastError = problems.reduce<NormsProblem | null>((a, p) => (!a || p.at >= a.at ? p : a), null);
	return {
		norms: merged.norms,
		sources: merged.sources,
		locked: merged.locked,
		preset: {
			name: merged.norms.name,
			version: merged.norms.version,
			source: merged.sources.name ?? 'builtin',
		},
		refreshedAt: at,
		lastError,
		problems,
		subscription: inForce.url
			? {
					url: inForce.url,
					managed: inForce.managed,
					pinned: inForce.publicKey !== null,
					lastAttemptAt: state.lastAttemptAt,
					lastSuccessAt: good && good.url === inForce.url ? good.fetchedAt : null,
					lastError: state.lastError,
				}
			: null,
	};
}
