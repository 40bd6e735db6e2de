/**
 * What the person chose about hints, as both surfaces (chat composers and calendar forms) apply it: a pause,
 * rules turned off or snoozed, phrases silenced and hints dismissed, turning a rule off, and counting a hint as
 * shown once however often the draft is analysed again. The settings are the background's; this only reads them.
 */
import type { Finding } from '../../core/finding.js';
import { hintId } from '../../core/finding-key.js';
import type { Settings } from '../../shared/local-view.js';

type Choices = Pick<Settings, 'pausedUntil' | 'disabledRules' | 'snoozedRules'>;

/** Hints paused: settings.pausedUntil is still ahead. */
export const isPaused = (settings: Pick<Choices, 'pausedUntil'> | undefined, now: number): boolean =>
	(settings?.pausedUntil ?? 0) > now;

/** The rules off now: turned off, or snoozed until a time still ahead. */
export const rulesOff = (
	settings: Pick<Choices, 'disabledRules' | 'snoozedRules'> | undefined,
	now: number,
) =>
	settings
		? [...settings.disabledRules, ...settings.snoozedRules.filter((r) => r.until > now).map((r) => r.rule)]
		: [];

/**
 * Asks the background to turn a rule off (it saves it and publishes the settings back), unless it is off
 * already. A failed send is logged, never thrown at the page.
 */
export function turnRuleOff(
	settings: Pick<Choices, 'disabledRules'> | undefined,
	rule: string,
	send: (rule: string) => Promise<unknown>,
): void {
	if (settings?.disabledRules.includes(rule)) return;
	send(rule).catch((error) => console.debug('[unhurried] could not save', error));
}

/** The findings the person did not quiet: a phrase they silenced for its rule, a hint they dismissed in this draft. */
export function unquieted(
	findings: readonly Finding[],
	text: string,
	quieted: Pick<Settings, 'quietPhrases' | 'dismissedHints'> | undefined,
): Finding[] {
	const quiet = new Set(quieted?.quietPhrases.map((q) => `${q.rule}\u0000${q.phrase}`));
	const dismissed = new Set(quieted?.dismissedHints.map((d) => d.id));
	const said = (f: Finding) => (f.span ? text.slice(f.span.start, f.span.end).toLowerCase() : '');
	return findings.filter(
		(f) => !quiet.has(`${f.rule}\u0000${said(f)}`) && !(dismissed.size && dismissed.has(hintId(f, text))),
	);
}

/**
 * Counts each hint as shown once: `keyOf` says which findings are the same hint (a chat finding's key within its
 * draft, a meeting rule within its form), `reset` starts over (a new draft).
 */
export function shownOnce(record: (finding: Finding) => void) {
	const seen = new Set<string>();
	return {
		count(findings: readonly Finding[], keyOf: (finding: Finding) => string): void {
			for (const f of findings) {
				const key = keyOf(f);
				if (seen.has(key)) continue;
				seen.add(key);
				record(f);
			}
		},
		reset: () => seen.clear(),
	};
}
