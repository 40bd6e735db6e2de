/**
 * The ways to put text into an editor that its own code listens to. Each works from a content script's isolated
 * world: they go through the shared DOM, the selection and events, never through the page's JavaScript objects.
 */

/** Makes `range` the document selection, focusing its editable first so the editor accepts the change. */
export function select(element: HTMLElement, range: Range): void {
	if (document.activeElement !== element) element.focus({ preventScroll: true });
	const selection = getSelection();
	if (!selection) return;
	selection.removeAllRanges();
	selection.addRange(range);
}

/**
 * A cancelable beforeinput carrying the target range, as a browser sends for autocorrect or spellcheck. Returns
 * true when the editor took it (called preventDefault): then it has applied the text to its own model.
 */
export function beforeInput(
	element: HTMLElement,
	range: Range,
	text: string,
	inputType: 'insertText' | 'insertReplacementText',
): boolean {
	const dataTransfer = new DataTransfer();
	dataTransfer.setData('text/plain', text);
	const event = new InputEvent('beforeinput', {
		inputType,
		data: text,
		dataTransfer: inputType === 'insertReplacementText' ? dataTransfer : null,
		targetRanges: [new StaticRange(range)],
		cancelable: true,
		bubbles: true,
		composed: true,
	});
	return !element.dispatchEvent(event);
}

/** The browser's own insertion over the current selection: real DOM edit, `input` event, native undo entry. */
export function execInsertText(text: string): boolean {
	// execCommand is deprecated but is the one API that edits like typing does and keeps the undo stack.
	if (typeof document.execCommand !== 'function') return false;
	try {
		return document.execCommand('insertText', false, text);
	} catch {
		return false;
	}
}

/** Legacy `textInput`: what React's onBeforeInput (and so Draft.js) listens to in Chromium. */
export function textInput(element: HTMLElement, text: string): boolean {
	const create = (document as Document & { createEvent(type: 'TextEvent'): Event }).createEvent;
	let event: Event & { initTextEvent?: (...args: unknown[]) => void };
	try {
		event = create.call(document, 'TextEvent');
	} catch {
		return false;
	}
	if (typeof event.initTextEvent !== 'function') return false;
	event.initTextEvent('textInput', true, true, window, text);
	return !element.dispatchEvent(event);
}

/** The last resort: a paste the editor's clipboard handling turns into a model change (inline formats of the span are lost). */
export function paste(element: HTMLElement, text: string): boolean {
	const clipboardData = new DataTransfer();
	clipboardData.setData('text/plain', text);
	const event = new ClipboardEvent('paste', {
		clipboardData,
		cancelable: true,
		bubbles: true,
		composed: true,
	});
	return !element.dispatchEvent(event);
}

/** Resolves true as soon as `check` holds, polling each animation frame (React editors render asynchronously). */
export async function settle(check: () => boolean, timeoutMs = 250): Promise<boolean> {
	if (check()) return true;
	const until = performance.now() + timeoutMs;
	while (performance.now() < until) {
		await new Promise<void>((resolve) => {
			const done = () => resolve();
			// rAF does not run in background tabs; the timeout keeps us going there.
			const timer = setTimeout(done, 16);
			requestAnimationFrame(() => {
				clearTimeout(timer);
				done();
			});
		});
		if (check()) return true;
	}
	return check();
}

/** Resolves after the current task, so editors that sync their selection on `selectionchange` have seen ours. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
