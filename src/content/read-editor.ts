/** Which editable element an input event came from, and its text, read without changing the DOM. */
export type EditorKind = 'textarea' | 'contenteditable';

export interface EditorRead {
	kind: EditorKind;
	element: HTMLElement;
	text: string;
}

export function readEditor(target: EventTarget | null): EditorRead | undefined {
	if (!(target instanceof HTMLElement)) return undefined;
	if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text'))
		return { kind: 'textarea', element: target, text: target.value };
	const root = target.closest<HTMLElement>(
		'[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
	);
	if (!root) return undefined;
	return { kind: 'contenteditable', element: root, text: root.innerText ?? root.textContent ?? '' };
}
