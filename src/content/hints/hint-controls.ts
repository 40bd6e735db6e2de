/**
 * The controls that hide a hint — dismiss it in this draft, don't flag its phrase again, snooze its rule, turn
 * its rule off — as the view applies them at once (before the background's copy of the settings comes back),
 * and the words of the undo toast that says where each is changed later.
 */
import type { Finding } from '../../core/finding.js';
import { t } from '../../shared/ui/t.js';

export type HintControl =
	| { op: 'dismiss'; key: string }
	| { op: 'quiet'; rule: string; phrase: string }
	| { op: 'snooze'; rule: string; until: number }
	| { op: 'disable'; rule: string };

/** What the view hides right away; `unhide` is the undo. */
export function createHiddenHints(now: () => number = Date.now) {
	/** Dismissed hints (k), silenced phrases of a rule (p) and rules turned off (r), one set. */
	const hidden = new Set<string>();
	/** Snoozed rules and until when: a snooze ends by itself. */
	const snoozed = new Map<string, number>();
	const phrase = (rule: string, words: string) => `p${rule}\u0000${words.toLowerCase()}`;
	const entry = (c: Exclude<HintControl, { op: 'snooze' }>) =>
		c.op === 'dismiss' ? `k${c.key}` : c.op === 'quiet' ? phrase(c.rule, c.phrase) : `r${c.rule}`;
	return {
		hides: (f: Finding, key: string, draft: string): boolean =>
			hidden.has(`k${key}`) ||
			hidden.has(`r${f.rule}`) ||
			(snoozed.get(f.rule) ?? 0) > now() ||
			(f.span !== undefined && hidden.has(phrase(f.rule, draft.slice(f.span.start, f.span.end)))),
		hide(c: HintControl) {
			if (c.op === 'snooze') snoozed.set(c.rule, c.until);
			else hidden.add(entry(c));
		},
		unhide(c: HintControl) {
			if (c.op === 'snooze') snoozed.delete(c.rule);
			else hidden.delete(entry(c));
		},
		/** A new draft (the composer emptied): dismissals were for the old one. */
		clearDraft() {
			for (const k of hidden) if (k[0] === 'k') hidden.delete(k);
		},
	};
}

/** The end of the person's day, for "snooze for today": 23:59:59.999 local time. */
export function endOfToday(now: number): number {
	const d = new Date(now);
	d.setHours(23, 59, 59, 999);
	return d.getTime();
}

const clock = (ms: number) =>
	new Date(ms).toLocaleTimeString('en', { hour: 'numeric', minute: '2-digit' }).toLowerCase();

/** The toast after a control: what happened, and where to change it later. */
export function toastText(c: HintControl, label: string): { text: string; where: string } {
	const key = {
		dismiss: 'toastDismiss',
		quiet: 'toastQuiet',
		snooze: 'toastSnooze',
		disable: 'toastDisable',
	}[c.op];
	const subs = c.op === 'quiet' ? [c.phrase] : c.op === 'snooze' ? [label, clock(c.until)] : [label];
	return { text: t(key, subs), where: t(`${key}Where`) };
}
