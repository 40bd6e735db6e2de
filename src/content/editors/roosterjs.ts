/**
 * RoosterJS (Outlook on the web's body editor). Write path: a paste carrying the text, which Rooster's
 * CopyPastePlugin turns into its paste command (formatContentModel: an undo snapshot before and after), so the
 * content model holds it and Outlook's Ctrl+Z (Rooster's undo) removes exactly it. execCommand('insertText') is
 * not enough here: Rooster takes no undo snapshot for a DOM edit it did not see as typing, so its undo jumped
 * past our text to the state before (verified on a real Rooster 9 editor). Fallback when nothing takes the paste:
 * the browser's insertText. A paste drops the replaced span's inline formats; insertions have none to lose.
 */
import { OUTLOOK_HOSTS } from '../../shared/calendar-hosts.js';
import { richAdapter } from './contenteditable.js';
import type { EditorAdapter } from './editor-adapter.js';
import { execInsertText, nextTask, select } from './input-paths.js';

/** Outlook on the web writes every body with RoosterJS (sites.md §1), and Rooster leaves no DOM marker of its own. */
export const ROOSTER_HOSTS: ReadonlySet<string> = new Set(OUTLOOK_HOSTS);

export function roosterjsAdapter(element: HTMLElement): EditorAdapter {
	return richAdapter('roosterjs', element, async (el, range, text) => {
		select(el, range);
		// Rooster reads the selection it keeps from selectionchange: let it see ours first.
		await nextTask();
		if (!pasteLines(el, text)) execInsertText(text);
	});
}

const escapeHtml = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/**
 * A paste with the text as plain text and as one block per line: Rooster's plain-text conversion drops empty
 * lines at the start of a paste (our blank line before a template), its HTML path keeps them as empty paragraphs.
 * Returns true when the editor took it.
 */
function pasteLines(element: HTMLElement, text: string): boolean {
	const data = new DataTransfer();
	data.setData('text/plain', text);
	if (text.includes('\n'))
		data.setData(
			'text/html',
			text
				.split('\n')
				.map((line) => `<div>${line ? escapeHtml(line) : '<br>'}</div>`)
				.join(''),
		);
	const event = new ClipboardEvent('paste', {
		clipboardData: data,
		cancelable: true,
		bubbles: true,
		composed: true,
	});
	return !element.dispatchEvent(event);
}
