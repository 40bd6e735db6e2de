/**
 * Our one element on the page: a custom-named host outside the editor (on <html>) with a closed shadow root.
 * Inline `!important` styles beat whatever the page says about it; the popover top layer keeps it above the
 * page's own stacking contexts where the browser supports it (Bitwarden's in-page UI does the same).
 */
import { HINTS_CSS } from './hints-css.js';

export interface HintsHost {
	host: HTMLElement;
	/** Where Preact renders, inside the closed shadow root. */
	mount: HTMLElement;
	/** True when focus is inside our shadow root. */
	hasFocus(): boolean;
	/** Puts the host back if the page removed it (SPAs re-render <body>, some even <html>'s children). */
	ensureAttached(): void;
	remove(): void;
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

export function createHintsHost(doc: Document): HintsHost {
	const host = doc.createElement('unhurried-hints');
	host.setAttribute('style', HOST_STYLE);
	const root = host.attachShadow({ mode: 'closed' });
	const style = doc.createElement('style');
	style.textContent = HINTS_CSS;
	const mount = doc.createElement('div');
	root.append(style, mount);

	function attach() {
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
	attach();

	return {
		host,
		mount,
		hasFocus: () => doc.activeElement === host,
		ensureAttached() {
			if (!host.isConnected) attach();
		},
		remove() {
			host.remove();
		},
	};
}
