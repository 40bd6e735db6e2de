import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';

// @plasmohq/storage looks for globalThis.browser / chrome; the real polyfill throws outside an extension.
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
beforeEach(() => {
	fakeBrowser.reset();
	// The trusted store (the extension origin's IndexedDB): a fresh, empty one per test.
	globalThis.indexedDB = new IDBFactory();
	// The fake has no permissions events; the background listens to onRemoved (site opt-ins), so it is inert here.
	vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
});
