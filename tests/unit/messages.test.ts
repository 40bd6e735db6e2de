import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'own-id' } } }));
const { dispatch, RefusedMessage } = await import('../../src/shared/messages.js');
type Handlers = import('../../src/shared/messages.js').Handlers;

const handlers = {
	'any/ping': () => ({ ok: true as const, version: '1.2.3' }),
	'cs/draft-seen': vi.fn(() => ({ ok: true as const })),
} as unknown as Handlers;
const own = { id: 'own-id' };

describe('dispatch', () => {
	it('answers a valid message from this extension', async () => {
		await expect(dispatch({ type: 'any/ping' }, own, handlers, 'own-id')).resolves.toEqual({
			ok: true,
			version: '1.2.3',
		});
	});

	it('refuses a message from another extension or a web page', async () => {
		await expect(dispatch({ type: 'any/ping' }, { id: 'other' }, handlers, 'own-id')).rejects.toThrow(
			/not this extension/,
		);
		await expect(dispatch({ type: 'any/ping' }, {}, handlers, 'own-id')).rejects.toBeInstanceOf(
			RefusedMessage,
		);
	});

	it.each([
		['an unknown type', { type: 'cs/steal-cookies' }],
		['a missing field', { type: 'cs/draft-seen', site: 'x', editor: 'textarea', words: 1 }],
		['a wrong type', { type: 'cs/draft-seen', site: 'x', editor: 'textarea', words: -1, chars: 2 }],
		['not an object', 'any/ping'],
	])('refuses %s', async (_, raw) => {
		await expect(dispatch(raw, own, handlers, 'own-id')).rejects.toThrow(/malformed/);
		expect(handlers['cs/draft-seen']).not.toHaveBeenCalled();
	});
});
