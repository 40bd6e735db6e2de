/**
 * What an administrator sets through enterprise policy (Chrome `storage.managed` with managed_schema,
 * Firefox `policies.json` → `3rdparty.Extensions["unhurried@unhurried.app"]`). Chrome's managed_schema is
 * generated from this (scripts/gen-schema.ts), so it stays inside what that format can say: no unions.
 */
import { z } from 'zod';
import { PresetPatch } from './schema.js';

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
