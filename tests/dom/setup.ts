import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, vi } from 'vitest';

// @plasmohq/storage looks for globalThis.browser / chrome; the real polyfill throws outside an extension.
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
beforeEach(() => fakeBrowser.reset());
