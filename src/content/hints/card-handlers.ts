/** What the card's buttons do, for one open card: apply, dismiss, turn off, move, close, and hover keeping. */
import type { Finding, Fix } from '../../core/finding.js';
import type { HintCardProps } from './hint-card.js';
import type { HintActions } from './hints-view.js';

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
	/** Remember the dismissal / the rule turned off, before the list is filtered again. */
	dismiss(): void;
	disable(): void;
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
	| 'onMove'
	| 'onClose'
	| 'onPointerEnter'
	| 'onPointerLeave'
	| 'onEngage'
>;

export function cardHandlers(d: CardHandlerDeps): Handlers {
	const { finding, index, state, actions, guard } = d;
	return {
		onApply: async (fix: Fix, answer?: string) => {
			await (answer === undefined ? actions.applyFix(finding, fix) : actions.applyFix(finding, fix, answer));
			if (d.hasFocus()) d.refocus();
		},
		onChannelUsed: (fix: Fix) => actions.channelUsed?.(finding, fix),
		...(actions.openNorms ? { onLearnMore: actions.openNorms } : {}),
		onDismiss: guard(() => {
			d.dismiss();
			actions.dismiss(finding);
			d.afterRemoval(index);
		}),
		onDisableRule: guard(() => {
			d.disable();
			actions.disableRule(finding.rule);
			d.afterRemoval(index);
		}),
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
