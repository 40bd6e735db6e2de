/**
 * The policy documents administrators write, unwrapped to Unhurried's own policy object so
 * `unhurried preset validate --policy FILE` can check any of them.
 */

/** Chrome's id for Unhurried (from the manifest key: sha256, first 32 hex digits mapped 0-f → a-p). */
export const CHROME_EXTENSION_ID = 'hoppalahgmnknadbgcogbidmppedlkjn';
/** Firefox's id (manifest browser_specific_settings.gecko.id). */
export const GECKO_EXTENSION_ID = 'unhurried@unhurried.app';

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

export type PolicyDocument = { kind: string; config: Record<string, unknown> };

/** Finds Unhurried's policy in a Firefox policies.json, a Chrome policy file, an Admin console JSON, or a bare object. */
export function unwrapPolicyDocument(doc: unknown): PolicyDocument | { error: string } {
	if (!isObject(doc)) return { error: 'a policy file must hold a JSON object' };
	const firefox = (doc.policies as Record<string, Record<string, Record<string, unknown>>> | undefined)?.[
		'3rdparty'
	]?.Extensions;
	if (isObject(doc.policies)) {
		const config = isObject(firefox) ? firefox[GECKO_EXTENSION_ID] : undefined;
		return isObject(config)
			? { kind: 'Firefox policies.json', config }
			: { error: `policies.json has no policies["3rdparty"].Extensions["${GECKO_EXTENSION_ID}"]` };
	}
	if (isObject(doc['3rdparty'])) {
		const extensions = (doc['3rdparty'] as Record<string, unknown>).extensions;
		const config = isObject(extensions) ? extensions[CHROME_EXTENSION_ID] : undefined;
		return isObject(config)
			? { kind: 'Chrome policy file', config }
			: { error: `the policy file has no "3rdparty".extensions["${CHROME_EXTENSION_ID}"]` };
	}
	const values = Object.values(doc);
	if (values.length > 0 && values.every((v) => isObject(v) && Object.keys(v).length === 1 && 'Value' in v))
		return {
			kind: 'Google Admin console JSON',
			config: Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, (v as { Value: unknown }).Value])),
		};
	return { kind: 'policy object', config: doc };
}
