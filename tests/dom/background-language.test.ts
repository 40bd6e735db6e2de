import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers.js';

describe('the worker’s language identifier', () => {
	it('answers the content script, so the pages never load it', async () => {
		const handlers = createHandlers({} as never, {} as never, {} as never);
		const ask = (text: string) =>
			handlers['cs/identify-language']({ type: 'cs/identify-language', text }, {});
		expect(await ask('hola, ¿tienes un minuto?')).toEqual({ lang: 'es' });
		expect(await ask('can you send me the deck?')).toEqual({ lang: 'en' });
	});
});
