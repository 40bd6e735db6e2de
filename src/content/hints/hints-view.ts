/**
 * What the content script hands to the hints UI for one composer: the adapter to draw with, the current
 * findings, the norms to cite, and callbacks for what the person chooses. The UI never reads the page itself.
 */
import type { Finding, Fix } from '../../core/finding.js';
import type { Norms } from '../../core/norms/schema.js';
import type { EditorAdapter } from '../editors/editor-adapter.js';

export interface HintActions {
	/** Apply a fix from a finding (replace/rewrite go through the adapter; channel actions open tools). */
	applyFix(finding: Finding, fix: Fix): Promise<void>;
	/** Hide this finding for the rest of this draft. */
	dismiss(finding: Finding): void;
	/** Turn this rule off (persisted by the caller). */
	disableRule(ruleId: string): void;
}

export interface HintsView {
	/** Draws underlines and the badge for these findings (replacing the previous set). */
	update(findings: Finding[], norms: Norms): void;
	/** Opens the card on the first (or given) finding; focus moves into the card; Esc returns it to the editor. */
	openCard(index?: number): void;
	/** Removes everything this view drew and every listener it added. */
	destroy(): void;
}

export type CreateHintsView = (
	adapter: EditorAdapter,
	actions: HintActions,
	signal: AbortSignal,
) => HintsView;
