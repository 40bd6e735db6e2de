/** Every way a subscription fetch fails has a next step of its own (not the general one), and each row matches its example. */
import { describe, expect, it } from 'vitest';
import { fetchPreset } from '../../src/background/norms/fetch-preset.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import {
	nextStepFor,
	SUBSCRIPTION_TROUBLES,
	subscriptionTrouble,
} from '../../src/core/norms/subscription-advice.js';
import { fakeFetch, makeSigner, SUB_URL, subscriptionFaults } from './norms-fixtures.js';

const signer = await makeSigner();
const good = JSON.stringify(BUILTIN_PRESETS.balanced);
const faults = await subscriptionFaults(good, signer);

describe('subscription troubles', () => {
	it.each(SUBSCRIPTION_TROUBLES.map((t) => [t.id, t] as const))(
		'%s matches its own example',
		(_id, trouble) => {
			expect(subscriptionTrouble(trouble.example)?.id).toBe(trouble.id);
			expect(trouble.next).toMatch(/\.$/);
		},
	);

	it.each(faults)('%s gets its own next step', async (_what, routes, _r, { pinned }) => {
		const result = await fetchPreset({
			url: SUB_URL,
			publicKey: pinned ? signer.publicKey : null,
			allowLoopback: false,
			fetch: fakeFetch(routes).fetch,
			timeoutMs: 50,
		});
		if (result.status !== 'failed') throw new Error(`expected a failure, got ${result.status}`);
		expect(subscriptionTrouble(result.reason), result.reason).toBeDefined();
	});

	it('a message no row knows gets the general next step, pointing at the guide', () => {
		expect(nextStepFor('something new went wrong')).toMatch(/docs\/admin\.md/);
	});
});
