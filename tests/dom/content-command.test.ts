import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, it, vi } from 'vitest';
import { relayShowHints } from '../../src/background/commands.js';
import { TabMessage } from '../../src/shared/tab-messages.js';

it('relays the keyboard command to the active tab as a typed message', async () => {
	const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => undefined as never);
	vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: 7 }] as never);
	await relayShowHints();
	expect(sent).toHaveBeenCalledWith(7, { type: 'bg/open-hints' });
	expect(TabMessage.safeParse(sent.mock.calls[0]?.[1]).success).toBe(true);
	// A tab without our content script has no receiver: no error reaches the worker.
	sent.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
	await expect(relayShowHints(9)).resolves.toBeUndefined();
});
