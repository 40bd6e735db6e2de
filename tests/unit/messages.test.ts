import { describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'own-id', sendMessage } } }));
const { dispatch, RefusedMessage, send } = await import('../../src/shared/messages.js');
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

describe('send', () => {
	it('sends once more when the message reached no worker (it was stopping or starting)', async () => {
		sendMessage.mockReset();
		sendMessage
			.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
			.mockResolvedValueOnce({ ok: true, version: '1' });
		await expect(send({ type: 'any/ping' })).resolves.toEqual({ ok: true, version: '1' });
		expect(sendMessage).toHaveBeenCalledTimes(2);
	});

	it('lets any other failure reach the caller, without sending again', async () => {
		sendMessage.mockReset();
		sendMessage.mockRejectedValue(new Error('The message port closed before a response was received.'));
		await expect(send({ type: 'any/ping' })).rejects.toThrow(/port closed/);
		expect(sendMessage).toHaveBeenCalledTimes(1);
	});
});
