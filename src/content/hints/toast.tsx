/** The undo toast after a hint is quieted: what happened, Undo, and where to change it in settings. */
import type { JSX } from 'preact';
import { t } from '../../shared/ui/t.js';

export interface ToastProps {
	text: string;
	where: string;
	/** The composer's bottom-left corner, in viewport coordinates. */
	left: number;
	bottom: number;
	onUndo(): void;
	onClose(): void;
}

export function Toast(props: ToastProps): JSX.Element {
	return (
		<div
			class="toast"
			role="status"
			style={{ left: `${Math.max(8, props.left)}px`, top: `${props.bottom + 8}px` }}
			onKeyDown={(e) => {
				e.stopPropagation();
				if (e.key === 'Escape') props.onClose();
			}}
		>
			<span class="toast-text">
				{props.text} <span class="muted">{props.where}</span>
			</span>
			<button type="button" class="btn" onClick={props.onUndo}>
				{t('toastUndo')}
			</button>
			<button type="button" class="icon" aria-label={t('toastClose')} onClick={props.onClose}>
				×
			</button>
		</div>
	);
}

/** How long a toast stays (the person may be reading the card next to it). */
export const TOAST_MS = 10_000;

type ToastContent = Omit<ToastProps, 'left' | 'bottom'>;

/** One toast at a time per composer, gone after TOAST_MS or on Undo / close. */
export function createToastSlot(redraw: () => void) {
	let current: ToastContent | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const clear = () => {
		clearTimeout(timer);
		current = undefined;
	};
	return {
		/** Shows the toast; `undo` reverts the control, then the toast goes. */
		show(text: { text: string; where: string }, undo: () => void) {
			clear();
			const close = () => {
				clear();
				redraw();
			};
			const onUndo = () => {
				undo();
				close();
			};
			current = { ...text, onUndo, onClose: close };
			timer = setTimeout(close, TOAST_MS);
			redraw();
		},
		clear,
		/** Placed under the composer's left edge. */
		props: (full: { left: number; top: number; height: number }): ToastProps | undefined =>
			current && { ...current, left: full.left, bottom: full.top + full.height },
	};
}
