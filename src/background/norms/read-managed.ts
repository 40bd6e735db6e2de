/**
 * Reads enterprise policy from storage.managed (Chrome: validated against schema/managed-schema.json;
 * Firefox: policies.json 3rdparty.Extensions["unhurried@unhurried.app"]).
 */
import { type ManagedPolicy, validateManagedConfig } from '../../core/norms/managed-config.js';
import browser from '../../shared/browser.js';

export type { ManagedPolicy };

/** Reads the policy; no managed storage (no policy, or Firefox without policies.json) means no policy. */
export async function readManaged({ allowLoopback }: { allowLoopback: boolean }): Promise<ManagedPolicy> {
	let raw: Record<string, unknown> = {};
	try {
		raw = (await browser.storage.managed.get()) ?? {};
	} catch {
		// Firefox throws "Managed storage manifest not found" when no policy exists.
	}
	return validateManagedConfig(raw, { allowLoopback });
}
