// A build plugin for content scripts: webextension-polyfill (about 10 KB minified, 3 KB gzip) is replaced by the
// browser's own namespace. A content script uses runtime.sendMessage, runtime.onMessage and runtime.id only:
// Firefox's `browser` has them with promises, and Chrome's `chrome` returns a promise from sendMessage (MV3).
// The one difference the polyfill papers over, a listener answering with a promise, is not relied on:
// shared/tab-messages.ts answers through sendResponse, which both browsers and the polyfill honour. Extension
// pages and the worker keep the polyfill (src/shared/browser.ts is still its one importer).
const ID = '\0native-browser';

/** `required`: the script talks to the runtime, so the polyfill must have been found (the lazy analyzer does not). */
export function nativeBrowserInContent({ required = true } = {}) {
	let used = false;
	return {
		name: 'native-browser-in-content',
		enforce: 'pre',
		resolveId(id) {
			return id === 'webextension-polyfill' ? ID : null;
		},
		load(id) {
			if (id !== ID) return null;
			used = true;
			return 'export default globalThis.browser ?? globalThis.chrome;';
		},
		buildEnd(error) {
			// The build fails rather than ship a content script that lost its way to the runtime unnoticed.
			if (required && !error && !used)
				throw new Error('native-browser-in-content: nothing imported webextension-polyfill');
		},
	};
}
