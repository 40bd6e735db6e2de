/**
 * The content script's page-wide part: finds composers (the site adapters' selectors, else the focused
 * editor), keeps one session per composer, feeds them norms and settings, relays the keyboard command, and
 * tears everything down on navigation. Site adapter → editor adapter → core → hints (DESIGN "The picture").
 */
import type { FindingKind } from '../../core/finding.js';
import type { NormRef } from '../../core/norms/explain.js';
import type { Norms } from '../../core/norms/schema.js';
import type { Settings } from '../../shared/local-view.js';
import type { StatEvent } from '../../shared/stats.js';
import { detectEditor, editableRoot } from '../editors/detect-editor.js';
import type { EditorAdapter } from '../editors/editor-adapter.js';
import type { SelfCheckRecorder } from '../shared/self-check-recorder.js';
import type { AnalyzerApi } from './analyzer-api.js';
import { type ComposerSession, createComposerSession, type HintControlMessage } from './composer-session.js';
import { recordFocus } from './record-focus.js';
import { createSessionHost } from './session-host.js';
import { generic } from './sites/generic.js';
import type { SiteAdapter } from './sites/site-adapter.js';
import { warmUpAnalyzer } from './warm-up.js';

/** Everything the coach takes from the extension; injectable so DOM tests run it without a browser. */
export interface CoachEnv {
	doc: Document;
	/**
	 * The site adapters that may own a composer here, most specific first (see sites/chat-sites.ts); a function of
	 * the page's URL is asked again at each focus and scan (single-page apps change route without a load).
	 */
	sites: readonly SiteAdapter[] | ((url: URL) => readonly SiteAdapter[]);
	/** Records, per focus, which adapter read the editor (the popup's self-check). */
	selfCheck?: SelfCheckRecorder;
	loadAnalyzer(): Promise<AnalyzerApi>;
	norms: { get(): Promise<Norms>; watch(cb: (norms: Norms) => void, signal: AbortSignal): void };
	/** Read-only here: the background owns the settings. */
	settings: {
		get(): Promise<Settings>;
		watch(cb: (settings: Settings) => void, signal: AbortSignal): void;
	};
	/** The card's "turn this rule off", sent to the background (which saves it and publishes the settings). */
	disableRule(rule: string): Promise<unknown>;
	/** The card's controls that learn (dismiss, don't flag a phrase, snooze) and their undo, saved by the background. */
	hintControl?(msg: HintControlMessage): Promise<unknown>;
	/** The card's "Learn more" on a norm: the background opens the norms page. */
	openNorms?(norm: NormRef): void;
	/** The card's "remind me then": the background sets an alarm (the reader's name and time, never the draft). */
	remind?(reminder: { who: string; at: number; local: string }): Promise<boolean>;
	/** The person's IANA time zone, for the times a fix offers. */
	timeZone?(): string;
	recordStat(kind: FindingKind, event: StatEvent): void;
	/** The worker's language identifier, for drafts the analyzer's word lists cannot place ("und" if unknown). */
	identifyLanguage(text: string): Promise<string>;
	draftSeen?(adapter: EditorAdapter, text: string): void;
	/** Subscribes to the background's "open the card" command; returns nothing, unsubscribes on abort. */
	onOpenHints?(cb: () => void, signal: AbortSignal): void;
	now(): number;
}

export interface ChatCoach {
	sessions(): ComposerSession[];
	/** The composer the keyboard command acts on: the focused one, else the last one used. */
	current(): ComposerSession | undefined;
	/** Opens the card on the current composer (after analyzing a pending draft). */
	openHints(): Promise<void>;
	stop(): void;
}

/** How often sessions check that their composer is still in the page (SPA navigation replaces it). */
export const CONNECTED_CHECK_MS = 1000;
/** Added nodes are looked at in one batch after this quiet time. */
export const SCAN_DELAY_MS = 200;

export function startChatCoach(env: CoachEnv, parent?: AbortSignal): ChatCoach {
	const { doc } = env;
	const view = doc.defaultView as Window & typeof globalThis;
	const controller = new AbortController();
	const { signal } = controller;
	parent?.addEventListener('abort', () => controller.abort(), { once: true });
	const sessions = new Map<HTMLElement, ComposerSession>();
	const pageUrl = () => new URL(doc.URL);
	const sitesNow = () => (typeof env.sites === 'function' ? env.sites(pageUrl()) : env.sites);
	const selectorSites = () => sitesNow().filter((s) => s.composerSelector);
	/** The hosted site this page's URL belongs to (the one whose misses the self-check counts). */
	const hostedSite = () => sitesNow().find((s) => !s.selfHosted && s.matches(pageUrl()));
	let last: ComposerSession | undefined;
	let norms: Norms | undefined;
	let settings: Settings | undefined;
	let analyzer: Promise<AnalyzerApi> | undefined;
	let missLogged = false;

	const host = createSessionHost(env, {
		norms: () => norms,
		settings: () => settings,
		analyzer() {
			if (!analyzer) {
				analyzer = env.loadAnalyzer().catch((error) => {
					analyzer = undefined; // the next focus tries again
					throw error;
				});
				void analyzer.then(warmUp, () => {});
			}
			return analyzer;
		},
	});

	const warmUp = (api: AnalyzerApi) =>
		warmUpAnalyzer(api, view, signal, () => (host.paused() ? undefined : norms), env.now);

	const enabled = () => !settings?.disabledHosts.includes(doc.location?.hostname ?? '');

	function attach(element: HTMLElement, site: SiteAdapter): ComposerSession | undefined {
		if (!enabled() || !element.isConnected) return undefined;
		const adapter = detectEditor(element);
		if (!adapter) return undefined; // opted out (data-enable-grammarly="false"), read-only, not an editor
		const existing = sessions.get(adapter.element);
		if (existing) {
			adapter.dispose?.();
			return existing;
		}
		const session = createComposerSession(adapter, site, host, signal);
		sessions.set(adapter.element, session);
		session.signal.addEventListener('abort', () => {
			sessions.delete(adapter.element);
			if (last === session) last = undefined;
			if (sessions.size === 0) watchBody();
		});
		stopBodyWatch();
		ensureConnectedCheck();
		return session;
	}

	/** The composer an element belongs to: a site's selector first, else (the selectors missed) the editor itself. */
	function claim(target: Element): ComposerSession | undefined {
		for (const site of selectorSites()) {
			const composer = site.claim(target);
			if (composer) {
				const session = attach(composer, site);
				check(composer, site, session);
				return session;
			}
		}
		// Only multi-line fields: a focused search box or form input is not a message.
		const editable =
			target instanceof HTMLTextAreaElement
				? target
				: target instanceof HTMLElement
					? editableRoot(target)
					: undefined;
		if (!editable) return undefined;
		const session = attach(editable, generic);
		check(editable, generic, session);
		if (session && !missLogged && hostedSite()) {
			missLogged = true;
			console.debug('[unhurried] no site selector matched the focused editor; using it as is', editable);
		}
		return session;
	}

	/** The self-check's reading of one focus: which adapter and entry, the editor kind, where the kind came from. */
	function check(element: HTMLElement, site: SiteAdapter, session: ComposerSession | undefined) {
		if (env.selfCheck && enabled()) recordFocus(env.selfCheck, element, site, session, hostedSite());
	}

	function scan(root: ParentNode) {
		for (const site of selectorSites())
			for (const composer of site.findComposers(root)) attach(composer, site);
	}

	// Composers appearing: a body-wide observer that only looks at added elements, until a composer is found;
	// then only the composers' own subtrees are observed (their sessions), and focus finds the next one.
	let bodyObserver: MutationObserver | undefined;
	let pending: Element[] = [];
	let scanTimer: ReturnType<typeof setTimeout> | undefined;
	function watchBody() {
		if (bodyObserver || signal.aborted || selectorSites().length === 0 || !doc.body) return;
		bodyObserver = new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.addedNodes) if (node.nodeType === 1) pending.push(node as Element);
			if (pending.length && scanTimer === undefined)
				scanTimer = setTimeout(() => {
					scanTimer = undefined;
					const batch = pending;
					pending = [];
					for (const el of batch) if (el.isConnected) scan(el);
				}, SCAN_DELAY_MS);
		});
		bodyObserver.observe(doc.body, { childList: true, subtree: true });
	}
	function stopBodyWatch() {
		bodyObserver?.disconnect();
		bodyObserver = undefined;
		clearTimeout(scanTimer);
		scanTimer = undefined;
		pending = [];
	}

	let connectedTimer: ReturnType<typeof setInterval> | undefined;
	function dropDisconnected() {
		for (const [element, session] of sessions) if (!element.isConnected) session.dispose();
		if (sessions.size === 0) {
			clearInterval(connectedTimer);
			connectedTimer = undefined;
		}
	}
	function ensureConnectedCheck() {
		connectedTimer ??= setInterval(dropDisconnected, CONNECTED_CHECK_MS);
	}

	function focused(target: EventTarget | null) {
		if (!(target instanceof Element) || !enabled()) return;
		dropDisconnected();
		const session = claim(target);
		if (!session) return;
		last = session;
		// The coach starts loading on the first focus, while the person begins to type.
		host.analyzer().catch((error) => console.debug('[unhurried] analyzer not loaded', error));
		session.invalidate();
	}

	doc.addEventListener('focusin', (event) => focused(event.composedPath()[0] ?? event.target), {
		capture: true,
		signal,
	});
	view.addEventListener('pagehide', () => controller.abort(), { signal });

	function disposeAll() {
		for (const session of [...sessions.values()]) session.dispose();
	}

	function current(): ComposerSession | undefined {
		const active = doc.activeElement;
		for (const [element, session] of sessions) if (active && element.contains(active)) return session;
		return last?.adapter.element.isConnected ? last : undefined;
	}

	async function openHints() {
		if (!doc.hasFocus()) return; // the command goes to every frame; the focused one acts
		const session = current();
		if (!session) return;
		await session.flush();
		session.openCard();
	}
	env.onOpenHints?.(() => void openHints().catch((e) => console.debug('[unhurried] open hints', e)), signal);

	void Promise.all([env.norms.get(), env.settings.get()])
		.then(([n, s]) => {
			if (signal.aborted) return;
			// A change that arrived through watch() while these were read is newer: keep it.
			norms ??= n;
			settings ??= s;
			if (!enabled()) return;
			scan(doc);
			if (sessions.size === 0) watchBody();
			if (doc.activeElement && doc.activeElement !== doc.body) focused(doc.activeElement);
		})
		.catch((error) => console.debug('[unhurried] could not read norms or settings', error));
	env.norms.watch((n) => {
		norms = n;
		for (const s of sessions.values()) s.invalidate();
	}, signal);
	env.settings.watch((s) => {
		const wasEnabled = enabled();
		settings = s;
		if (!enabled()) {
			disposeAll();
			stopBodyWatch();
		} else if (!wasEnabled) {
			scan(doc);
			if (sessions.size === 0) watchBody();
		}
		for (const session of sessions.values()) session.invalidate();
	}, signal);

	signal.addEventListener(
		'abort',
		() => {
			stopBodyWatch();
			clearInterval(connectedTimer);
			disposeAll();
		},
		{ once: true },
	);

	return {
		sessions: () => [...sessions.values()],
		current,
		openHints,
		stop: () => controller.abort(),
	};
}
