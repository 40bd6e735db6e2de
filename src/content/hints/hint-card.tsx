/**
 * The hint card: what, why (the team's norm), and what to do instead. A non-modal dialog: it takes focus only
 * when opened from the keyboard or the badge, keeps Tab inside while it has focus, and Esc hands focus back.
 */
import type { CSSProperties, JSX } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Fix } from '../../core/finding.js';
import type { Norms } from '../../core/norms/schema.js';
import { type ChannelServices, type Notice, responseWindow, runChannelFix } from './channel-actions.js';
import { KIND_FAMILY, KIND_LABEL, type Theme, UNDERLINE } from './palette.js';
import { type Box, placeCard } from './place.js';

export interface HintCardProps {
	finding: Finding;
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
	onApply(fix: Fix): Promise<void>;
	onChannelUsed?(fix: Fix): void;
	onDismiss(): void;
	onDisableRule(): void;
	onMove(delta: 1 | -1): void;
	onClose(returnFocus: boolean): void;
	onPointerEnter?(): void;
	onPointerLeave?(): void;
	/** The person is using the card (pointer down or focus inside): a hover-opened card should stay. */
	onEngage?(): void;
}

const TEXT_FIXES = new Set<Fix['type']>(['replace', 'rewrite', 'insert-template', 'make-optional']);

type Panel = { type: 'emergency' } | { type: 'one-on-one' } | { type: 'notice'; notice: Notice };

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

	async function choose(fix: Fix) {
		if (TEXT_FIXES.has(fix.type)) {
			try {
				await props.onApply(fix);
			} catch {
				show({
					type: 'notice',
					notice: { text: 'That fix could not be applied — the text may have changed.' },
				});
			}
			return;
		}
		props.onChannelUsed?.(fix);
		if (fix.type === 'use-emergency-channel') show({ type: 'emergency' });
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
						<button type="button" class="icon" aria-label="Previous hint" onClick={() => props.onMove(-1)}>
							‹
						</button>
						<span class="count" aria-live="polite">
							{index + 1} of {total}
						</span>
						<button type="button" class="icon" aria-label="Next hint" onClick={() => props.onMove(1)}>
							›
						</button>
					</>
				)}
				<button type="button" class="icon" aria-label="Close hint" onClick={() => props.onClose(true)}>
					×
				</button>
			</div>
			{props.note && <p class="note">{props.note}</p>}
			<p class="message" id={messageId}>
				{finding.message}
			</p>
			<p class="why">{finding.why}</p>
			{finding.fixes.length > 0 && (
				<div class="actions">
					{finding.fixes.map((fix, i) => (
						<button
							type="button"
							key={`${fix.type}-${i}`}
							class={i === 0 ? 'btn primary' : 'btn'}
							title={fixTitle(fix, norms)}
							onClick={() => void choose(fix)}
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
			{shown && <PanelView panel={shown} norms={norms} finding={finding} />}
			<div class="foot">
				<button type="button" class="link" onClick={props.onDismiss}>
					Dismiss
				</button>
				<button type="button" class="link" onClick={props.onDisableRule}>
					Turn off this rule
				</button>
			</div>
		</div>
	);
}

function PanelView({ panel, norms, finding }: { panel: Panel; norms: Norms; finding: Finding }): JSX.Element {
	if (panel.type === 'notice')
		return (
			<div class="notice" role="status">
				{panel.notice.text}
				{panel.notice.manualCopy !== undefined && (
					<textarea class="manual" readOnly aria-label="Text to copy" value={panel.notice.manualCopy} />
				)}
			</div>
		);
	if (panel.type === 'one-on-one')
		return (
			<div class="panel" role="status">
				<p>
					This may land better in a 1:1. Ask for a short call or send a direct message instead of posting it
					to the channel.
				</p>
				{norms.channels.meeting.bestFor.length > 0 && (
					<p>Your team meets live for: {norms.channels.meeting.bestFor.join('; ')}.</p>
				)}
			</div>
		);
	const fix = finding.fixes.find((f) => f.type === 'use-emergency-channel');
	const { channel, counts } = norms.emergency;
	return (
		<section class="panel" aria-label="Emergency protocol">
			<p>
				<strong>What counts as an emergency</strong>
			</p>
			<ul>
				{counts.map((c) => (
					<li key={c}>{c}</li>
				))}
			</ul>
			<p>
				<strong>Where:</strong> {channel.name || fix?.channel}
			</p>
			<p>{channel.how || fix?.how}</p>
			<p>Anything else can wait for a reply in chat within {responseWindow(norms, 'chat')}.</p>
		</section>
	);
}

function fixTitle(fix: Fix, norms: Norms): string | undefined {
	if (fix.type === 'replace' || fix.type === 'rewrite') return `Replace with: ${fix.text}`;
	if (fix.type === 'open-doc')
		return `Copies a skeleton of your draft${norms.tools.doc ? ` and opens ${norms.tools.doc.name}` : ''}. Docs get replies within ${responseWindow(norms, 'doc')}.`;
	if (fix.type === 'record-video')
		return `Copies an outline${norms.tools.video ? ` and opens ${norms.tools.video.name}` : ''}. Videos get replies within ${responseWindow(norms, 'video')}.`;
	return undefined;
}

function isTextField(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT');
}

/** Keeps Tab and Shift+Tab cycling through the card's controls while focus is inside it. */
function trapTab(event: KeyboardEvent, card: HTMLElement | null): void {
	if (!card) return;
	const items = [...card.querySelectorAll<HTMLElement>('button:not([disabled]), textarea')];
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
