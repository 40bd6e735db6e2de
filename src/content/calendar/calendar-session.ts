/**
 * One open event editor: reads the form into a Meeting after edits pause and when fields change, runs the
 * core's meeting rules and shows the findings with the shared hints view, anchored on the description editor.
 * When a field the rules need cannot be read, the badge says "can't read this form" instead of guessing (or, on a
 * quick-create bubble that has not shown its description yet, "details not shown yet").
 * Every listener, observer and timer dies with the signal.
 */

import { AnalysisContext } from '../../core/context.js';
import type { Finding, Fix } from '../../core/finding.js';
import { analyzeMeeting } from '../../core/meeting/analyze-meeting.js';
import { Meeting } from '../../core/meeting/meeting.js';
import type { Norms } from '../../core/norms/schema.js';
import type { Settings } from '../../shared/local-view.js';
import type { StatEvent } from '../../shared/stats.js';
import { detectEditor } from '../editors/detect-editor.js';
import { createHintsView } from '../hints/create-hints-view.js';
import type { HintActions, HintsUpdateOptions } from '../hints/hints-view.js';
import { debounce } from '../shared/debounce.js';
import { isPaused, rulesOff, shownOnce } from '../shared/hint-choices.js';
import { anchorAdapter } from './anchor-adapter.js';
import type { CalendarForm } from './calendar-form.js';

export const CANT_READ = "can't read this form";
/**
 * A quick-create bubble shows no description (and often no date fields) until the person opens them: that is not
 * a form we failed to read, only one whose details are not shown yet.
 */
export const NOT_SHOWN = 'details not shown yet';
/** A form that is still rendering gets this long before we say we can't read it. */
export const GRACE_MS = 1500;
/** Re-read this often while the form is open: lead times shrink as the clock runs. */
const CLOCK_MS = 60_000;

export interface CalendarEnv {
	norms(): Norms;
	settings(): Settings;
	now(): number;
	disableRule(ruleId: string): void;
	recordStat(finding: Finding, event: StatEvent): void;
}

export interface CalendarSession {
	/** Reads and analyses now (e.g. after norms or settings changed). */
	refresh(): void;
}

/** Where the template goes: after the description, a blank line apart. */
export function separatorBefore(text: string): string {
	if (text.trim() === '') return '';
	if (text.endsWith('\n\n')) return '';
	return text.endsWith('\n') ? '\n' : '\n\n';
}

/** What a description fill-in adds for this answer ("Goal: pick the launch date"); '' for an empty answer. */
export function fillInLine(fix: Extract<Fix, { type: 'fill-in' }>, answer: string): string {
	const a = answer.trim();
	return a ? `${fix.before.replace(/^\s+/, '')}${a}${fix.after}` : '';
}

export function attachCalendarForm(
	form: CalendarForm,
	env: CalendarEnv,
	signal: AbortSignal,
): CalendarSession {
	const editor = form.description ? detectEditor(form.description) : undefined;
	const startedAt = env.now();
	/** A meeting rule counts as shown once per open form. */
	const shown = shownOnce((f) => env.recordStat(f, 'shown'));

	const actions: HintActions = {
		async applyFix(finding, fix, answer) {
			if (!(await applyFix(fix, answer))) throw new Error('fix not applied');
			env.recordStat(finding, 'applied');
			analyze();
		},
		dismiss: (finding) => env.recordStat(finding, 'dismissed'),
		disableRule: (ruleId) => env.disableRule(ruleId),
		channelUsed: (finding) => env.recordStat(finding, 'applied'),
	};

	async function applyFix(fix: Fix, answer = ''): Promise<boolean> {
		if (fix.type === 'insert-template' || fix.type === 'fill-in') {
			if (!editor) return false;
			// A description fill-in (the goal) goes after the text as it is now, a blank line apart, like a template.
			const added = fix.type === 'fill-in' ? fillInLine(fix, answer) : fix.text;
			if (!added) return false;
			const text = editor.getText();
			const at = { start: text.length, end: text.length };
			return editor.replace(at, separatorBefore(text) + added, '');
		}
		if (fix.type === 'make-optional')
			return fix.suggested.length > 0 && form.markOptional ? form.markOptional(fix.suggested) : false;
		return false;
	}

	const view = createHintsView(editor ?? anchorAdapter(form.root), actions, signal);
	/** The view draws what it is given: the description as it is now (findings' spans point into it). */
	const show = (findings: readonly Finding[], norms: Norms, options: HintsUpdateOptions = {}) =>
		view.update({ text: editor?.getText() ?? '', findings, norms, ...options });
	let recheck: ReturnType<typeof setTimeout> | undefined;
	signal.addEventListener('abort', () => clearTimeout(recheck), { once: true });

	/** Drops a make-optional fix the page can't carry out, so no button promises what we can't do. */
	const doable = (f: Finding): Finding => ({
		...f,
		fixes: f.fixes.filter(
			(x) =>
				(x.type !== 'make-optional' || (x.suggested.length > 0 && form.markOptional !== undefined)) &&
				((x.type !== 'insert-template' && x.type !== 'fill-in') || editor !== undefined),
		),
	});

	function analyze(): void {
		if (signal.aborted) return;
		try {
			const norms = env.norms();
			const settings = env.settings();
			const now = env.now();
			if (isPaused(settings, now)) {
				show([], norms);
				return;
			}
			const { meeting, unreadable } = form.read();
			if (unreadable.length) {
				if (now - startedAt < GRACE_MS) {
					clearTimeout(recheck);
					recheck = setTimeout(analyze, GRACE_MS - (now - startedAt));
					show([], norms);
					return;
				}
				show(
					[],
					norms,
					form.variant === 'quick'
						? {
								status: NOT_SHOWN,
								statusDetail: `this bubble shows no ${unreadable.join(', ')} yet: open the event's details to check it`,
							}
						: { status: CANT_READ, statusDetail: `no ${unreadable.join(', ')} found` },
				);
				return;
			}
			const parsed = Meeting.parse(meeting);
			const context = AnalysisContext.parse({
				surface: 'calendar',
				now,
				recipients: [...parsed.attendees.required, ...parsed.attendees.optional].slice(0, 500),
				disabledRules: rulesOff(settings, now),
				sensitivity: settings.sensitivity,
			});
			const findings = analyzeMeeting(parsed, context, norms).map(doable);
			shown.count(findings, (f) => f.rule);
			show(findings, norms);
		} catch (error) {
			console.debug('[unhurried] calendar analysis', error);
		}
	}

	const soon = debounce(analyze, env.settings().typingDelayMs, signal);
	const opts = { capture: true, passive: true, signal } as const;
	form.root.addEventListener('input', soon, opts);
	form.root.addEventListener('change', soon, opts);
	// Closure and Fluent widgets update attributes and chips without input events (date pickers, guest rows).
	const observer = new MutationObserver(soon);
	observer.observe(form.root, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: [
			'data-date',
			'data-initial-value',
			'value',
			'aria-pressed',
			'aria-selected',
			'data-email',
			'hidden',
		],
	});
	const clock = setInterval(analyze, CLOCK_MS);
	signal.addEventListener(
		'abort',
		() => {
			observer.disconnect();
			clearInterval(clock);
		},
		{ once: true },
	);
	analyze();
	return { refresh: analyze };
}
