/**
 * One composer on the page: its editor adapter, its hints view, and the analysis after each typing pause.
 * Listens on that editor only and observes only its subtree; everything dies with the session's signal.
 */
import type { DraftResult } from '../../core/chat/analyze-draft.js';
import { answerText } from '../../core/chat/fill-in.js';
import type { AnalysisContext } from '../../core/context.js';
import type { Finding, FindingKind, Fix } from '../../core/finding.js';
import { findingKey, hintId } from '../../core/finding-key.js';
import type { Sensitivity } from '../../core/learn/linear-model.js';
import type { NormRef } from '../../core/norms/explain.js';
import type { Norms } from '../../core/norms/schema.js';
import type { Settings } from '../../shared/local-view.js';
import type { StatEvent } from '../../shared/stats.js';
import { t } from '../../shared/ui/t.js';
import type { EditorAdapter } from '../editors/editor-adapter.js';
import { createHintsView } from '../hints/create-hints-view.js';
import type { HintActions, HintsView } from '../hints/hints-view.js';
import { shownOnce, unquieted } from '../shared/hint-choices.js';
import type { AnalyzerApi } from './analyzer-api.js';
import type { SiteAdapter } from './sites/site-adapter.js';

/** A cs/hint-control message without its type. */
export interface HintControlMessage {
	op: 'dismiss' | 'undismiss' | 'quiet-phrase' | 'unquiet-phrase' | 'snooze' | 'unsnooze' | 'enable-rule';
	rule?: string;
	id?: string;
	phrase?: string;
	until?: number;
}

/** What a session needs from the page-wide coach. */
export interface SessionHost {
	/** The coach, loaded on first need (the first focus). */
	analyzer(): Promise<AnalyzerApi>;
	/** Current norms, or undefined before they were read. */
	norms(): Norms | undefined;
	delayMs(): number;
	disabledRules(): readonly string[];
	sensitivity(): Sensitivity;
	/** The language of a draft the analyzer's word lists could not tell (the worker's identifier). */
	identifyLanguage(text: string): Promise<string>;
	/** Hints paused (settings.pausedUntil in the future). */
	paused(): boolean;
	now(): number;
	/** The person's IANA time zone (for the times an urgency fix offers). */
	timeZone?(): string;
	recordStat(kind: FindingKind, event: StatEvent): void;
	disableRule(rule: string): void;
	/** Hints the person quieted: phrases not to flag again (per rule), dismissed hints (by id); undefined before the settings are read. */
	quieted(): Pick<Settings, 'quietPhrases' | 'dismissedHints'> | undefined;
	/** Saves a control the person chose in the card (or its undo). */
	control(msg: HintControlMessage): void;
	/** The card's "Learn more" (the norms page at a norm) and "remind me then" (the worker's alarm: name, time). */
	openNorms?(norm: NormRef): void;
	remind?: HintActions['remind'];
	/** After each analysis: counts only, never the text. */
	draftSeen?(adapter: EditorAdapter, text: string): void;
}

/** The badge on a draft in another language: never "good to send" for a message the coach cannot read. */
export const ENGLISH_ONLY = 'reads English only for now';

export interface ComposerSession {
	readonly adapter: EditorAdapter;
	readonly site: SiteAdapter;
	/** Analyze now if the draft (or the norms/settings) changed since the last run. */
	flush(): Promise<void>;
	/** Re-run on the next pause even if the text is the same (norms or settings changed). */
	invalidate(): void;
	openCard(): void;
	readonly signal: AbortSignal;
	dispose(): void;
}

export { findingKey, hintId };

export class FixNotApplied extends Error {}

/** Resolves in a later task, so the page's own work can run in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createComposerSession(
	adapter: EditorAdapter,
	site: SiteAdapter,
	host: SessionHost,
	parent: AbortSignal,
): ComposerSession {
	const controller = new AbortController();
	const { signal } = controller;
	const onParentAbort = () => controller.abort();
	parent.addEventListener('abort', onParentAbort, { once: true });
	const element = adapter.element;
	const opts = { signal, passive: true } as const;

	/** The draft the current findings were computed for: their spans point into it. */
	let analyzed: string | undefined;
	let stale = true;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let seenTimer: ReturnType<typeof setTimeout> | undefined;
	let composing = false;
	let running: Promise<void> | undefined;
	/** Findings already counted as shown in this draft. */
	const shown = shownOnce((f) => host.recordStat(f.kind, 'shown'));

	const actions: HintActions = {
		async applyFix(finding, fix, answer) {
			const applied = await applyTextFix(fix, answer);
			if (!applied) throw new FixNotApplied('The draft changed — nothing was replaced.');
			host.recordStat(finding.kind, 'applied');
		},
		dismiss(finding) {
			host.recordStat(finding.kind, 'dismissed');
			host.control({ op: 'dismiss', id: hintId(finding, analyzed ?? adapter.getText()) });
		},
		quiet(finding, phrase) {
			host.recordStat(finding.kind, 'dismissed');
			host.control({ op: 'quiet-phrase', rule: finding.rule, phrase });
		},
		snooze(finding, until) {
			host.recordStat(finding.kind, 'dismissed');
			host.control({ op: 'snooze', rule: finding.rule, until });
		},
		now: host.now,
		siteId: site.id,
		undo(finding, c) {
			if (c.op === 'dismiss')
				host.control({ op: 'undismiss', id: hintId(finding, analyzed ?? adapter.getText()) });
			else if (c.op === 'quiet') host.control({ op: 'unquiet-phrase', rule: c.rule, phrase: c.phrase });
			else if (c.op === 'snooze') host.control({ op: 'unsnooze', rule: c.rule });
			else host.control({ op: 'enable-rule', rule: c.rule });
		},
		disableRule(rule) {
			const finding = lastFindings.find((f) => f.rule === rule);
			if (finding) host.recordStat(finding.kind, 'dismissed');
			host.disableRule(rule);
		},
		channelUsed: (finding) => host.recordStat(finding.kind, 'applied'),
		...(host.openNorms ? { openNorms: host.openNorms } : {}),
		...(host.remind ? { remind: host.remind } : {}),
	};
	let lastFindings: Finding[] = [];
	const view: HintsView = createHintsView(adapter, actions, signal);

	async function applyTextFix(fix: Fix, answer = ''): Promise<boolean> {
		const base = analyzed ?? adapter.getText();
		if (fix.type === 'replace')
			return adapter.replace(fix.span, fix.text, base.slice(fix.span.start, fix.span.end));
		// The person's answer from the card goes in at the fix's place; nothing else in the draft changes.
		if (fix.type === 'fill-in') {
			const text = answerText(base, fix, answer);
			const span = { start: fix.at, end: fix.at + (fix.replaces ?? 0) };
			return text !== '' && adapter.replace(span, text, base.slice(span.start, span.end));
		}
		// A rewrite is the person's explicit choice of the whole new draft; undo brings the old one back.
		if (fix.type === 'rewrite') return adapter.replace({ start: 0, end: base.length }, fix.text, base);
		if (fix.type === 'insert-template') {
			const current = adapter.getText();
			const end = current.replace(/\s+$/, '').length;
			const sep = end === 0 ? '' : /\n/.test(current) ? '\n\n' : ' ';
			return adapter.replace({ start: end, end: current.length }, `${sep}${fix.text}`, current.slice(end));
		}
		return false; // make-optional belongs to calendar invitations, not chat drafts
	}

	function schedule(delay = host.delayMs()) {
		clearTimeout(timer);
		if (!signal.aborted) timer = setTimeout(() => void run(), delay);
	}

	function run(): Promise<void> {
		clearTimeout(timer);
		if (running) return running.then(() => (stale || adapter.getText() !== analyzed ? run() : undefined));
		running = analyze()
			.catch((error) => console.debug('[unhurried] analysis', error))
			.finally(() => {
				running = undefined;
			});
		return running;
	}

	async function analyze() {
		if (signal.aborted || composing || !element.isConnected) return;
		const norms = host.norms();
		if (!norms) return;
		if (host.paused()) {
			analyzed = undefined;
			lastFindings = [];
			// A small mark says why there are no hints (issue 14): paused, and where to resume.
			view.update({
				text: adapter.getText(),
				findings: [],
				norms,
				status: t('badgePaused'),
				statusDetail: t('badgePausedDetail'),
			});
			return;
		}
		const analyzer = await host.analyzer();
		if (signal.aborted || composing) return;
		const text = adapter.getText();
		if (!stale && text === analyzed) return;
		stale = false;
		const channel = site.channelContext(element);
		const context: AnalysisContext = {
			surface: 'chat',
			channelKind: channel.channelKind,
			// The DM's partner and the people the draft's mention chips name (the analyzer adds exact @handles).
			recipients: [...channel.recipients, ...site.mentionsIn(element)],
			now: host.now(),
			...(host.timeZone ? { timeZone: host.timeZone() } : {}),
			disabledRules: [...host.disabledRules()],
			sensitivity: host.sensitivity(),
		};
		let result: DraftResult = analyzer.analyzeChatDraft(text, context, norms);
		if (result.status === 'unsure') {
			// The word lists could not tell English from another language: the worker's identifier settles it.
			const lang = await host.identifyLanguage(text.slice(0, 4000)).catch(() => 'und');
			if (signal.aborted || adapter.getText() !== text) return;
			result = analyzer.analyzeChatDraft(text, context, norms, { identify: () => lang });
		}
		// The page gets the main thread back between the analysis and the drawing: after a huge paste, each is a
		// task of its own, not one long stall (issue 11, finding 2). A draft changed meanwhile is analyzed again.
		await nextTask();
		if (signal.aborted || composing || adapter.getText() !== text) return;
		analyzed = text;
		// What the person quieted stays quiet: a phrase they silenced, a hint they dismissed in this draft.
		result = { ...result, findings: unquieted(result.findings, text, host.quieted()) };
		lastFindings = result.findings;
		if (text.trim() === '') shown.reset();
		view.update({
			text,
			findings: result.findings,
			norms,
			truncatedAt: result.truncatedAt,
			...(result.status === 'unsupported'
				? { status: ENGLISH_ONLY, statusDetail: 'this draft is not in English, so it gets no hints' }
				: {}),
		});
		shown.count(result.findings, (f) => findingKey(f, text));
		// Counting a 256 KB draft's words is a task of its own too.
		clearTimeout(seenTimer);
		if (host.draftSeen) seenTimer = setTimeout(() => host.draftSeen?.(adapter, text), 0);
	}

	const onEdit = () => {
		if (!composing) schedule();
	};
	element.addEventListener('input', onEdit, opts);
	element.addEventListener('keyup', onEdit, opts);
	element.addEventListener('focus', () => schedule(0), opts);
	// No analysis while an IME composition is in progress: the text is not what the person means yet.
	element.addEventListener(
		'compositionstart',
		() => {
			composing = true;
			clearTimeout(timer);
		},
		opts,
	);
	element.addEventListener(
		'compositionend',
		() => {
			composing = false;
			schedule();
		},
		opts,
	);
	// Text changed by the app itself (cleared after send, a restored draft): no input event, but mutations.
	// A <textarea>'s value is not in the DOM, so its keyup and input listeners cover it.
	if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) {
		const observer = new MutationObserver(onEdit);
		observer.observe(element, { childList: true, characterData: true, subtree: true });
		signal.addEventListener('abort', () => observer.disconnect(), { once: true });
	}
	signal.addEventListener(
		'abort',
		() => {
			clearTimeout(timer);
			clearTimeout(seenTimer);
			parent.removeEventListener('abort', onParentAbort);
			view.destroy();
			adapter.dispose?.();
		},
		{ once: true },
	);

	return {
		adapter,
		site,
		signal,
		flush: run,
		invalidate() {
			stale = true;
			schedule();
		},
		openCard: () => view.openCard(),
		dispose: () => controller.abort(),
	};
}
