/**
 * Our one element on the page: a custom-named host outside any editor (on <html>) with a closed shadow root,
 * shared by every composer's view so one card always stacks above every underline. Inline `!important`
 * styles beat whatever the page says about it; the popover top layer keeps it above the page's own stacking
 * contexts where the browser supports it (Bitwarden's in-page UI does the same). The last view removes it.
 */

import { perDocument } from '../shared/per-document.js';
import { HINTS_CSS } from './hints-css.js';

export interface HintsMount {
	/** The shared host: events from inside our shadow root reach the page retargeted to it. */
	host: HTMLElement;
	/** Where this view's Preact tree renders, inside the shared closed shadow root. */
	mount: HTMLElement;
	/** True when focus is inside this view's part of the shadow root. */
	hasFocus(): boolean;
	/** Puts the host back if the page removed it (SPAs re-render <body>, some even <html>'s children). */
	ensureAttached(): void;
	/** One card on the page at a time: closes the card another composer's view has open. */
	claimCard(close: () => void): void;
	releaseCard(close: () => void): void;
	release(): void;
}

const HOST_STYLE = [
	'all: initial',
	'position: fixed',
	'top: 0',
	'left: 0',
	'width: 0',
	'height: 0',
	'margin: 0',
	'padding: 0',
	'border: 0',
	'overflow: visible',
	'display: block',
	'background: transparent',
	'pointer-events: none',
	'z-index: 2147483647',
]
	.map((d) => `${d} !important;`)
	.join(' ');

export const HOST_TAG = 'unhurried-hints';

interface Shared {
	host: HTMLElement;
	root: ShadowRoot;
	closeOpenCard: (() => void) | undefined;
}

function attach(doc: Document, host: HTMLElement) {
	doc.documentElement.append(host);
	if ('popover' in host && typeof host.showPopover === 'function') {
		try {
			host.popover = 'manual';
			host.showPopover();
		} catch {
			// Not in the top layer: the z-index still holds for most pages.
		}
	}
}

/** The one shadow host per document, shared by every composer's hints in it. */
const acquireShared = perDocument<Shared>(
	(doc) => {
		const host = doc.createElement(HOST_TAG);
		host.setAttribute('style', HOST_STYLE);
		const root = host.attachShadow({ mode: 'closed' });
		const style = doc.createElement('style');
		style.textContent = HINTS_CSS;
		root.append(style);
		attach(doc, host);
		return { host, root, closeOpenCard: undefined };
	},
	(s) => s.host.remove(),
);

export function acquireHintsMount(doc: Document): HintsMount {
	const lease = acquireShared(doc);
	const state = lease.value;
	const mount = doc.createElement('div');
	state.root.append(mount);
	let released = false;
	return {
		host: state.host,
		mount,
		hasFocus: () => doc.activeElement === state.host && mount.contains(state.root.activeElement),
		ensureAttached() {
			if (!state.host.isConnected) attach(doc, state.host);
		},
		claimCard(close) {
			const previous = state.closeOpenCard;
			state.closeOpenCard = close;
			if (previous && previous !== close) previous();
		},
		releaseCard(close) {
			if (state.closeOpenCard === close) state.closeOpenCard = undefined;
		},
		release() {
			if (released) return;
			released = true;
			mount.remove();
			lease.release();
		},
	};
}
