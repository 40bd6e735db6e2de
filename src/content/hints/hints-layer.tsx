/** Everything we draw, inside our shadow root: overlay underlines (fallback), the count badge, the card. */
import type { CSSProperties, JSX } from 'preact';
import type { Severity } from '../../core/finding.js';
import { tn } from '../../shared/ui/t.js';
import { HintCard, type HintCardProps } from './hint-card.js';
import { type KindFamily, type Theme, UNDERLINE } from './palette.js';
import type { Box } from './place.js';
import { Toast, type ToastProps } from './toast.js';

export interface OverlayLine {
	key: string;
	box: Box;
	family: KindFamily;
}

export interface BadgeProps {
	/** The composer's bottom-right corner, in viewport coordinates. */
	right: number;
	bottom: number;
	count: number;
	/** How many of the hints are underlined (the first MAX_UNDERLINES); the rest show as "+N". */
	underlined?: number | undefined;
	/** Shown on the badge when the draft was not read whole (its tooltip says why). */
	note?: string | undefined;
	severity: Severity;
	/** Shown instead of a count (count 0): a state such as "can't read this form", not a button. */
	status?: string | undefined;
	statusDetail?: string | undefined;
	onOpen(): void;
}

export interface HintsLayerProps {
	theme: Theme;
	lines: OverlayLine[];
	badge?: BadgeProps | undefined;
	card?: HintCardProps | undefined;
	toast?: ToastProps | undefined;
}

export function HintsLayer({ theme, lines, badge, card, toast }: HintsLayerProps): JSX.Element {
	return (
		<div class="root" data-theme={theme}>
			{lines.map((line) => {
				const u = UNDERLINE[line.family];
				const style = {
					transform: `translate(${line.box.left}px, ${line.box.top}px)`,
					width: `${line.box.width}px`,
					'--c': u.color[theme],
				} as CSSProperties;
				return <div key={line.key} class={`line ${u.style}`} data-family={line.family} style={style} />;
			})}
			{badge && badge.count > 0 && <Badge {...badge} />}
			{badge && badge.count === 0 && badge.status && <StatusBadge {...badge} />}
			{card && <HintCard {...card} />}
			{toast && <Toast {...toast} />}
		</div>
	);
}

function Badge({
	right,
	bottom,
	count,
	underlined = count,
	note,
	severity,
	onOpen,
}: BadgeProps): JSX.Element {
	const more = count - underlined;
	const label = `${tn('hintsCount', count)}${more > 0 ? ` (the first ${underlined} underlined)` : ''} — open${note ? `. ${note}` : ''}`;
	return (
		<button
			type="button"
			class="badge"
			data-severity={severity}
			aria-label={label}
			title={label}
			style={{ left: `${right - 4}px`, top: `${bottom - 4}px` }}
			onClick={onOpen}
		>
			<HourglassIcon />
			{more > 0 ? `${underlined}+${more}` : count}
			{note && <span class="badge-note">· read in part</span>}
		</button>
	);
}

/** The badge's mark: an hourglass (time, the reader's), decorative. */
function HourglassIcon(): JSX.Element {
	return (
		<svg class="badge-icon" viewBox="0 0 9 11" aria-hidden="true">
			<path
				d="M1 .75h7M1 10.25h7M1.75 .75c0 3 5.5 3 5.5 4.75S1.75 7.25 1.75 10.25M7.25 .75c0 3-5.5 3-5.5 4.75s5.5 1.75 5.5 4.75"
				fill="none"
				stroke="currentColor"
				stroke-width="1.3"
				stroke-linecap="round"
			/>
		</svg>
	);
}

/** The badge as a state line: polite live region, no action (there is nothing to open). */
function StatusBadge({ right, bottom, status, statusDetail }: BadgeProps): JSX.Element {
	return (
		<div
			class="badge status"
			role="status"
			aria-label={`Unhurried: ${status}`}
			title={statusDetail ? `Unhurried: ${status} — ${statusDetail}` : `Unhurried: ${status}`}
			style={{ left: `${right - 4}px`, top: `${bottom - 4}px` }}
		>
			<HourglassIcon />
			{status}
		</div>
	);
}
