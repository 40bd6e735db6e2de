/**
 * The hint card: what, why (the team's norm), and what to do instead. A non-modal dialog: it takes focus only
 * when opened from the keyboard or the badge, keeps Tab inside while it has focus, and Esc hands focus back.
 */
import type { CSSProperties, JSX } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Fix } from '../../core/finding.js';
import { type NormRef, normChip } from '../../core/norms/explain.js';
import type { Norms } from '../../core/norms/schema.js';
import { t } from '../../shared/ui/t.js';
import { CardFoot } from './card-foot.js';
import { type Panel, PanelView, scheduleLater } from './card-panels.js';
import { type ChannelServices, runChannelFix } from './channel-actions.js';
import { FixActions } from './fix-actions.js';
import { KIND_FAMILY, KIND_LABEL, type Theme, UNDERLINE } from './palette.js';
import { type Box, placeCard } from './place.js';

export interface HintCardProps {
	finding: Finding;
	/** The draft the finding was computed for (the fix preview applies the fix to it). */
	draft: string;
	/** The chat site's adapter id ("slack", "teams"…): what its own scheduled send is called. */
	site?: string | undefined;
	index: number;
	total: number;
	/** A line above the hint, e.g. that the draft was read only in part. */
	note?: string | undefined;
	norms: Norms;
	theme: Theme;
	/** What to sit next to (viewport coordinates), and whether to align the card's left or right edge to it. */
	anchor: Box;
	align?: 'start' | 'end';
	/**
	 * Moves focus into the card each time this number changes to a non-zero value (opened from the keyboard
	 * or the badge); 0 on hover, so typing is never interrupted.
	 */
	focusRequest?: number;
	services: ChannelServices;
	/** Applies a text fix; a fill-in comes with the person's answer. */
	onApply(fix: Fix, answer?: string): Promise<void>;
	/** Opens the norms page at the norm behind the hint. */
	onLearnMore?(norm: NormRef): void;
	onChannelUsed?(fix: Fix): void;
	onDismiss(): void;
	onDisableRule(): void;
	/** Don't flag this phrase again (for this rule). */
	onQuiet?(): void;
	/** Snooze this rule for an hour or until the end of today. */
	onSnooze?(span: 'hour' | 'today'): void;
	onMove(delta: 1 | -1): void;
	onClose(returnFocus: boolean): void;
	onPointerEnter?(): void;
	onPointerLeave?(): void;
	/** The person is using the card (pointer down or focus inside): a hover-opened card should stay. */
	onEngage?(): void;
}

const TEXT_FIXES = new Set<Fix['type']>([
	'replace',
	'rewrite',
	'fill-in',
	'insert-template',
	'make-optional',
]);

export function HintCard(props: HintCardProps): JSX.Element {
	const { finding, index, total, norms, theme } = props;
	const ref = useRef<HTMLDivElement>(null);
	// A panel belongs to the finding it was opened for; moving to another finding hides it.
	const key = `${finding.rule}|${finding.span?.start}|${finding.message}`;
	const [panel, setPanel] = useState<{ key: string; panel: Panel } | undefined>(undefined);
	const shown = panel?.key === key ? panel.panel : undefined;
	const show = (p: Panel) => setPanel({ key, panel: p });

	// Position after layout, without a second render: measure ourselves and place next to the anchor.
	useLayoutEffect(() => {
		const el = ref.current;
		const view = el?.ownerDocument.defaultView;
		if (!el || !view) return;
		const size = { width: el.offsetWidth, height: el.offsetHeight };
		const anchor =
			props.align === 'end'
				? { ...props.anchor, left: props.anchor.left + props.anchor.width - size.width }
				: props.anchor;
		const { left, top } = placeCard(anchor, size, { width: view.innerWidth, height: view.innerHeight });
		// left/top, not transform: the appear animation owns transform.
		el.style.left = `${Math.round(left)}px`;
		el.style.top = `${Math.round(top)}px`;
	});

	useLayoutEffect(() => {
		if (props.focusRequest) ref.current?.focus({ preventScroll: true });
	}, [props.focusRequest]);
	const messageId = useId();

	async function choose(fix: Fix, answer?: string) {
		if (TEXT_FIXES.has(fix.type)) {
			try {
				await (answer === undefined ? props.onApply(fix) : props.onApply(fix, answer));
			} catch {
				show({
					type: 'notice',
					notice: { text: t('cardNotApplied') },
				});
			}
			return;
		}
		props.onChannelUsed?.(fix);
		if (fix.type === 'schedule-send') show(await scheduleLater(fix, props));
		else if (fix.type === 'use-emergency-channel') show({ type: 'emergency' });
		else if (fix.type === 'move-to-1on1') show({ type: 'one-on-one' });
		else if (fix.type === 'open-doc' || fix.type === 'record-video')
			show({ type: 'notice', notice: await runChannelFix(fix, norms, props.services) });
	}

	function onKeyDown(event: KeyboardEvent) {
		// The page's own shortcuts have no business with keys typed in our card.
		event.stopPropagation();
		if (event.key === 'Escape') {
			event.preventDefault();
			props.onClose(true);
		} else if (event.key === 'Tab') {
			trapTab(event, ref.current);
		} else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && !isTextField(event.target)) {
			event.preventDefault();
			if (total > 1) props.onMove(event.key === 'ArrowRight' ? 1 : -1);
		}
	}

	const color = UNDERLINE[KIND_FAMILY[finding.kind]].color[theme];
	const label = KIND_LABEL[finding.kind];
	const style = { '--c': color } as CSSProperties;
	return (
		<div
			ref={ref}
			class="card"
			role="dialog"
			aria-label={`Unhurried hint: ${label}`}
			aria-describedby={messageId}
			tabIndex={-1}
			onKeyDown={onKeyDown}
			onPointerEnter={props.onPointerEnter}
			onPointerLeave={props.onPointerLeave}
			onPointerDown={props.onEngage}
			onFocusIn={props.onEngage}
		>
			<div class="head">
				<span class="kind">
					<span class="dot" style={style} />
					{label}
				</span>
				{total > 1 && (
					<>
						<button
							type="button"
							class="icon"
							aria-label={t('cardPrevious')}
							onClick={() => props.onMove(-1)}
						>
							‹
						</button>
						<span class="count" aria-live="polite">
							{index + 1} of {total}
						</span>
						<button type="button" class="icon" aria-label={t('cardNext')} onClick={() => props.onMove(1)}>
							›
						</button>
					</>
				)}
				<button type="button" class="icon" aria-label={t('cardClose')} onClick={() => props.onClose(true)}>
					×
				</button>
			</div>
			{props.note && <p class="note">{props.note}</p>}
			<p class="message" id={messageId}>
				{finding.message}
			</p>
			<p class="why">{finding.why}</p>
			{finding.norm && (
				<p class="norm">
					<span class="chip">{normChip(finding.norm, norms)}</span>
					{props.onLearnMore && (
						<button
							type="button"
							class="link"
							onClick={() => finding.norm && props.onLearnMore?.(finding.norm)}
						>
							{t('cardLearnMore')}
						</button>
					)}
				</p>
			)}
			<FixActions
				key={key}
				finding={finding}
				draft={props.draft}
				norms={norms}
				onChoose={(fix, answer) => void choose(fix, answer)}
			/>
			{shown && <PanelView panel={shown} norms={norms} finding={finding} />}
			<CardFoot
				phrase={
					finding.span ? props.draft.slice(finding.span.start, finding.span.end).slice(0, 80) : undefined
				}
				onDismiss={props.onDismiss}
				onDisableRule={props.onDisableRule}
				{...(props.onQuiet ? { onQuiet: props.onQuiet } : {})}
				{...(props.onSnooze ? { onSnooze: props.onSnooze } : {})}
			/>
		</div>
	);
}

function isTextField(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT');
}

/** Keeps Tab and Shift+Tab cycling through the card's controls while focus is inside it. */
function trapTab(event: KeyboardEvent, card: HTMLElement | null): void {
	if (!card) return;
	const items = [...card.querySelectorAll<HTMLElement>('button:not([disabled]), textarea, input')];
	const first = items[0];
	const last = items.at(-1);
	if (!first || !last) return;
	const active = (card.getRootNode() as ShadowRoot | Document).activeElement;
	if (event.shiftKey && (active === first || active === card)) {
		event.preventDefault();
		last.focus();
	} else if (!event.shiftKey && active === last) {
		event.preventDefault();
		first.focus();
	}
}
