/**
 * What the content script hands to the hints UI for one composer: the editor's geometry to draw with, one
 * `update` with the draft, its findings, the norms to cite and the badge's state, and callbacks for what the
 * person chooses (the session applies and saves them). The UI never reads the draft, the page's text or the
 * storage itself: it only draws what it is given.
 */
import type { Finding, Fix } from '../../core/finding.js';
import type { NormRef } from '../../core/norms/explain.js';
import type { Norms } from '../../core/norms/schema.js';
import type { EditorAdapter } from '../editors/editor-adapter.js';
import type { HintControl } from './hint-controls.js';

/** A reminder the card asks for: whom to write to, when (epoch ms), and their wall clock then ("09:00"). */
export interface ReminderRequest {
	who: string;
	at: number;
	local: string;
}

export interface HintActions {
	/**
	 * Apply a text fix from a finding: replace, rewrite, insert-template (through the adapter) or make-optional.
	 * The view runs the channel actions itself (open-doc, record-video copy to the clipboard and open the
	 * team's tool; use-emergency-channel and move-to-1on1 show guidance) and reports them to `channelUsed`.
	 * A rejection is shown in the card as "could not apply".
	 */
	applyFix(finding: Finding, fix: Fix, answer?: string): Promise<void>;
	/** Opens the norms page at the norm behind a hint (the card's "Learn more"). */
	openNorms?(norm: NormRef): void;
	/** Asks the worker for a reminder at the reader's morning: their name and time only, never the draft. */
	remind?(reminder: ReminderRequest): Promise<boolean>;
	/** Hide this finding for the rest of this draft. */
	dismiss(finding: Finding): void;
	/** Turn this rule off (persisted by the caller). */
	disableRule(ruleId: string): void;
	/** Don't flag this phrase again for this rule (persisted by the caller). */
	quiet?(finding: Finding, phrase: string): void;
	/** Snooze this finding's rule until an epoch ms (persisted by the caller). */
	snooze?(finding: Finding, until: number): void;
	/** The site adapter's id, for what the card says about the app's own scheduled send. */
	siteId?: string;
	/** The clock (injectable for tests): when a snooze ends. */
	now?(): number;
	/** Undoes a control from the toast. */
	undo?(finding: Finding, control: HintControl): void;
	/** Optional: the person took a channel action (e.g. for local stats). Added by the hints view. */
	channelUsed?(finding: Finding, fix: Fix): void;
}

/**
 * What the view needs of the editor to draw: its element and where a span of the draft is on screen (ranges
 * and rects). Not its text: that comes with each `update`.
 */
export type HintsGeometry = Pick<EditorAdapter, 'element' | 'rangeFor' | 'rectsFor' | 'rectsForSpans'>;

/** The badge's state besides the count (added for the calendar surfaces and huge drafts). */
export interface HintsUpdateOptions {
	/**
	 * A short state line the badge shows instead of a count when there is nothing to count, e.g. "can't read
	 * this form": we say we could not read rather than guess. `statusDetail` is its tooltip.
	 */
	status?: string | undefined;
	statusDetail?: string | undefined;
	/** The coach read the draft only up to this offset (a huge draft): the badge and the card say so. */
	truncatedAt?: number | undefined;
}

/** Everything the view draws, in one call. */
export interface HintsState extends HintsUpdateOptions {
	/** The draft the findings were computed for: their spans point into it. */
	text: string;
	findings: readonly Finding[];
	norms: Norms;
}

export interface HintsView {
	/** Draws underlines and the badge for these findings (replacing the previous set). */
	update(state: HintsState): void;
	/**
	 * Opens the card on the first (or given) finding; focus moves into the card; Esc returns it to the editor.
	 * The index counts the findings still shown (those from the last update, minus dismissed or turned off).
	 */
	openCard(index?: number): void;
	/** Removes everything this view drew and every listener it added. */
	destroy(): void;
}

export type CreateHintsView = (
	geometry: HintsGeometry,
	actions: HintActions,
	signal: AbortSignal,
) => HintsView;
