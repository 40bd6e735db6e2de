/** What the card's buttons do, for one open card: apply, dismiss, turn off, move, close, and hover keeping. */
import type { Finding, Fix } from '../../core/finding.js';
import type { HintCardProps } from './hint-card.js';
import { type createHiddenHints, endOfToday, type HintControl, toastText } from './hint-controls.js';
import type { HintActions } from './hints-view.js';
import { KIND_LABEL } from './palette.js';
import type { createToastSlot } from './toast.js';

export interface CardState {
	key: string;
	/** Opened by hover: closes when the pointer leaves. Pinned (click, badge, keyboard): stays until closed. */
	pinned: boolean;
	/** Bumped each time focus should move into the card; 0 when it opened without taking focus. */
	focusRequest: number;
	/** Which line box of the finding to sit under (the one pointed at), or the badge. */
	line: number | 'badge';
	/** The draft when the card opened: if it changes under the card, the card goes. */
	text: string;
}

type OpenOptions = { pinned: boolean; focus: boolean; line: number | 'badge' };
type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

export interface CardHandlerDeps {
	finding: Finding;
	index: number;
	state: CardState;
	total: number;
	actions: HintActions;
	guard: Guard;
	hasFocus(): boolean;
	refocus(): void;
	card(): CardState | undefined;
	/** The words the finding points at (for "don't flag … again"). */
	phrase: string | undefined;
	/** What the view hides at once, before the list is filtered again; the undo unhides it. */
	hidden: ReturnType<typeof createHiddenHints>;
	toasts: ReturnType<typeof createToastSlot>;
	refilter(): void;
	afterRemoval(index: number): void;
	openAt(index: number, opts: OpenOptions): void;
	closeCard(returnFocus: boolean): void;
	closeSoon(): void;
	cancelClose(): void;
}

type Handlers = Pick<
	HintCardProps,
	| 'onApply'
	| 'onChannelUsed'
	| 'onLearnMore'
	| 'onDismiss'
	| 'onDisableRule'
	| 'onQuiet'
	| 'onSnooze'
	| 'onMove'
	| 'onClose'
	| 'onPointerEnter'
	| 'onPointerLeave'
	| 'onEngage'
>;

export function cardHandlers(d: CardHandlerDeps): Handlers {
	const { finding, index, state, actions, guard, phrase } = d;
	const { rule } = finding;
	/** A control: hidden at once, saved by the caller, the next hint shown, and a toast to undo it. */
	const act = (c: HintControl, save: () => void) =>
		guard(() => {
			d.hidden.hide(c);
			save();
			d.afterRemoval(index);
			d.toasts.show(toastText(c, KIND_LABEL[finding.kind]), () => {
				d.hidden.unhide(c);
				actions.undo?.(finding, c);
				d.refilter();
			});
		});
	return {
		onApply: async (fix: Fix, answer?: string) => {
			await (answer === undefined ? actions.applyFix(finding, fix) : actions.applyFix(finding, fix, answer));
			if (d.hasFocus()) d.refocus();
		},
		onChannelUsed: (fix: Fix) => actions.channelUsed?.(finding, fix),
		...(actions.openNorms ? { onLearnMore: actions.openNorms } : {}),
		onDismiss: act({ op: 'dismiss', key: state.key }, () => actions.dismiss(finding)),
		onDisableRule: act({ op: 'disable', rule }, () => actions.disableRule(rule)),
		...(actions.quiet && phrase
			? { onQuiet: act({ op: 'quiet', rule, phrase }, () => actions.quiet?.(finding, phrase)) }
			: {}),
		...(actions.snooze
			? {
					onSnooze: (span: 'hour' | 'today') => {
						const now = actions.now?.() ?? Date.now();
						const until = span === 'hour' ? now + 3_600_000 : endOfToday(now);
						act({ op: 'snooze', rule, until }, () => actions.snooze?.(finding, until))();
					},
				}
			: {}),
		onMove: guard((delta: 1 | -1) => {
			const next = (index + delta + d.total) % d.total;
			d.openAt(next, { pinned: true, focus: d.hasFocus(), line: state.line === 'badge' ? 'badge' : 0 });
		}),
		onClose: guard((returnFocus: boolean) => d.closeCard(returnFocus)),
		onPointerEnter: guard(() => d.cancelClose()),
		onPointerLeave: guard(() => {
			const card = d.card();
			if (card && !card.pinned) d.closeSoon();
		}),
		onEngage: guard(() => {
			d.cancelClose();
			const card = d.card();
			if (card) card.pinned = true;
		}),
	};
}
