/**
 * The handshake between content.js and the coach it carries unevaluated. The build wraps analyzer.js (the
 * rules and compromise) in a function that content.js defines but does not call (scripts/build.mjs): the page
 * pays a pre-parse at load, and the coach is compiled and evaluated the first time a composer gets focus.
 * Both live in the content script's isolated world, whose globals the page cannot see.
 */
import type { analyzeDraftResult } from '../../core/chat/analyze-draft.js';

/**
 * Set by analyzer.js when it has run: a symbol, not a name. A string-named global can be shadowed from the page:
 * an element with that id is a named property of window, also in the isolated world (issue 11, finding 7).
 * Symbol.for gives content.js and analyzer.js (two bundles) the same key.
 */
export const ANALYZER_GLOBAL = Symbol.for('unhurried.analyzer');
/** Defined by the build's wrapper around analyzer.js; calling it runs analyzer.js once. */
export const ANALYZER_LOADER = '__unhurriedLoadAnalyzer';

export interface AnalyzerApi {
	/** The core's chat analysis (findings incl. the roster's outside-hours note, or why there are none). */
	analyzeChatDraft: typeof analyzeDraftResult;
}

const world = globalThis as unknown as Record<string | symbol, unknown>;

/** The analyzer, evaluating the wrapped analyzer.js on first call; throws if this build carries none. */
export function loadAnalyzer(): AnalyzerApi {
	let api = world[ANALYZER_GLOBAL] as AnalyzerApi | undefined;
	if (!api) {
		// A `var` of content.js's own script: an own property of the isolated world's global, which a page
		// element of the same id cannot shadow.
		const load = world[ANALYZER_LOADER];
		if (typeof load === 'function') load();
		api = world[ANALYZER_GLOBAL] as AnalyzerApi | undefined;
	}
	if (typeof api?.analyzeChatDraft !== 'function') throw new Error('this content script carries no analyzer');
	return api;
}
