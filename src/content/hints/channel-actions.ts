/**
 * The "better channel" actions of the card. The draft goes to the clipboard, never into a URL: a tool's
 * `{title}` placeholder gets a neutral title, so nothing the person wrote (not even a first sentence or a
 * meeting title) reaches the tool's server or logs before they paste it there themselves (issue 11, finding 9).
 */
import type { Fix } from '../../core/finding.js';
import { spanText } from '../../core/norms/explain.js';
import type { Norms } from '../../core/norms/schema.js';
import type { ReminderRequest } from './hints-view.js';

/** What the card needs from the browser; injectable so tests can see what would have happened. */
export interface ChannelServices {
	copy(text: string): Promise<boolean>;
	open(url: string): void;
	/** Asks the worker for a reminder at the reader's morning (the session's, when it has one: see HintActions). */
	remind?(reminder: ReminderRequest): Promise<boolean>;
}

export const browserServices = (view: Window): ChannelServices => ({
	async copy(text) {
		try {
			await view.navigator.clipboard.writeText(text);
			return true;
		} catch {
			return false;
		}
	},
	open(url) {
		view.open(url, '_blank', 'noopener');
	},
});

const TITLE_MAX = 80;
/** What a new doc is called in the tool's URL; the suggested title heads the copied draft instead. */
export const NEUTRAL_DOC_TITLE = 'Untitled';

/** The tool's URL with `{title}` filled (encoded, capped) and any other placeholder emptied; https only. */
export function toolUrl(template: string, title = ''): string | undefined {
	const filled = template.replaceAll(/\{([a-z]+)\}/g, (_, name: string) =>
		name === 'title' ? encodeURIComponent(title.slice(0, TITLE_MAX)) : '',
	);
	try {
		return new URL(filled).protocol === 'https:' ? filled : undefined;
	} catch {
		return undefined;
	}
}

/** A line for the card to show after an action, and a text to show for manual copying if the copy failed. */
export interface Notice {
	text: string;
	manualCopy?: string;
}

export type ChannelFix = Extract<Fix, { type: 'open-doc' | 'record-video' }>;

export async function runChannelFix(
	fix: ChannelFix,
	norms: Norms,
	services: ChannelServices,
): Promise<Notice> {
	const isDoc = fix.type === 'open-doc';
	const tool = isDoc ? norms.tools.doc : norms.tools.video;
	const text = isDoc ? fix.skeleton : fix.outline;
	const copied = await services.copy(text);
	const url = tool && toolUrl(tool.urlTemplate, isDoc ? NEUTRAL_DOC_TITLE : '');
	if (url) services.open(url);
	const what = isDoc ? 'Draft' : 'Outline';
	const where = isDoc ? 'the new doc' : 'the video description';
	if (!copied)
		return {
			text: `Couldn't copy automatically — copy the ${what.toLowerCase()} below${url ? ` into ${tool?.name}` : ''}.`,
			manualCopy: text,
		};
	if (url) return { text: `${what} copied — paste it into ${where} in ${tool?.name}.` };
	return {
		text: `${what} copied. No ${isDoc ? 'doc' : 'video'} tool is set in your team's norms — paste it where your team keeps ${isDoc ? 'docs' : 'videos'}.`,
	};
}

/** How soon a reply is expected on a channel, in words: "12–24 h", or "real time". */
export function responseWindow(norms: Norms, channel: keyof Norms['channels']): string {
	return spanText(norms.channels[channel].response);
}
