/**
 * The card's fixes: one button per choice, a preview of the draft with the focused (or first) choice applied,
 * and for a fill-in a question the person answers here — never in the message — before it goes in.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Finding, Fix } from '../../core/finding.js';
import type { Norms } from '../../core/norms/schema.js';
import { previewFix } from '../../core/text/apply-fix.js';
import { t } from '../../shared/ui/t.js';
import { fixTitle } from './card-panels.js';

export interface FixActionsProps {
	finding: Finding;
	/** The draft the finding was computed for: the preview applies the fix to it. */
	draft: string;
	norms: Norms;
	onChoose(fix: Fix, answer?: string): void;
}

export function FixActions({ finding, draft, norms, onChoose }: FixActionsProps): JSX.Element | null {
	const [active, setActive] = useState(0);
	const [answer, setAnswer] = useState('');
	/** The host of a link the person pasted into the fill-in (missing context): said next to the field. */
	const [pasted, setPasted] = useState('');
	const fixes = finding.fixes;
	if (fixes.length === 0) return null;
	const shown = fixes[Math.min(active, fixes.length - 1)] as Fix;
	const fill = fixes.find((f) => f.type === 'fill-in');
	const buttons = fixes.filter((f) => f.type !== 'fill-in');
	const preview = safePreview(draft, shown.type === 'fill-in' ? shown : shown, answer);
	return (
		<>
			{fill && (
				<form
					class="fill"
					onSubmit={(event) => {
						event.preventDefault();
						if (answer.trim()) onChoose(fill, answer);
					}}
				>
					<label>
						{fill.prompt}
						<input
							class="fill-input"
							value={answer}
							placeholder={finding.kind === 'missing_context' ? t('cardPasteLink') : undefined}
							onPaste={(event) => {
								// The person's own paste, into our field: the page and the clipboard API are never asked.
								const host = linkHost(event.clipboardData?.getData('text/plain') ?? '');
								if (host) setPasted(host);
							}}
							onInput={(event) => {
								const value = (event.currentTarget as HTMLInputElement).value;
								setAnswer(value);
								if (!value.includes(pasted)) setPasted('');
							}}
							onFocus={() => setActive(fixes.indexOf(fill))}
							maxLength={500}
						/>
					</label>
					{pasted && answer.includes('://') && (
						<span class="muted" role="status">
							{t('cardPastedLink', pasted)}
						</span>
					)}
					<button type="submit" class="btn primary" disabled={!answer.trim()}>
						{fill.label}
					</button>
				</form>
			)}
			{buttons.length > 0 && (
				<div class="actions">
					{buttons.map((fix, i) => (
						<button
							type="button"
							key={`${fix.type}-${i}`}
							class={i === 0 && !fill ? 'btn primary' : 'btn'}
							title={fixTitle(fix, norms)}
							onPointerEnter={() => setActive(fixes.indexOf(fix))}
							onFocus={() => setActive(fixes.indexOf(fix))}
							onClick={() => onChoose(fix)}
						>
							{fix.label}
							{(fix.type === 'open-doc' || fix.type === 'record-video') && (
								<span class="arrow" aria-hidden="true">
									↗
								</span>
							)}
						</button>
					))}
				</div>
			)}
			{preview && (
				<p class="preview" aria-live="polite">
					<span class="muted">{t('cardPreview')} </span>
					{preview.before}
					<ins>{preview.changed}</ins>
					{preview.after}
				</p>
			)}
		</>
	);
}

function safePreview(draft: string, fix: Fix, answer: string) {
	try {
		return previewFix(draft, fix, answer);
	} catch {
		return undefined;
	}
}

/** The host of a pasted http(s) link ("github.com"), or '' when the paste is not one link. */
export function linkHost(text: string): string {
	const t = text.trim();
	if (!/^https?:\/\/\S+$/i.test(t)) return '';
	try {
		return new URL(t).hostname;
	} catch {
		return '';
	}
}
