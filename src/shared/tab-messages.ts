/**
 * Messages the other way: from the background or the popup to a tab's content scripts, each parsed on arrival,
 * with one typed pair to send and to handle them.
 */
import { z } from 'zod';
import browser, { type Runtime } from './browser.js';

/** The keyboard command, relayed by the background to the active tab: open the hint card on the composer. */
export const OpenHints = z.object({ type: z.literal('bg/open-hints') });
/**
 * The popup asks one frame for its page skeleton (structure around the focused editor, no text; see
 * content/shared/page-skeleton.ts), to show the person before they copy it. Nothing is ever sent anywhere.
 */
export const PageSkeletonRequest = z.object({ type: z.literal('popup/page-skeleton') });
/** What the background sends to content scripts (parsed there; anything else is ignored). */
export const TabMessage = z.discriminatedUnion('type', [OpenHints, PageSkeletonRequest]);
export type TabMessage = z.infer<typeof TabMessage>;

/** What a frame answers each tab message. */
export interface TabResponses {
	'bg/open-hints': undefined;
	'popup/page-skeleton': { skeleton: string };
}
type TabMessageOf<T extends TabMessage['type']> = Extract<TabMessage, { type: T }>;

/**
 * Sends a tab message to a tab's frames (or one frame) and returns the answer, typed; undefined when no frame
 * of ours answers (a tab without our content script, a frame that does not handle it).
 */
export async function sendToTab<T extends TabMessage['type']>(
	tabId: number,
	msg: TabMessageOf<T>,
	options: { frameId?: number } = {},
): Promise<TabResponses[T] | undefined> {
	try {
		const sent = TabMessage.parse(msg);
		return (await (options.frameId === undefined
			? browser.tabs.sendMessage(tabId, sent)
			: browser.tabs.sendMessage(tabId, sent, options))) as TabResponses[T] | undefined;
	} catch {
		return undefined;
	}
}

/**
 * Handles one tab message type in a content script until `signal` aborts: only from this extension, only what
 * parses as that type; everything else is left to other listeners.
 */
export function handleTabMessage<T extends TabMessage['type']>(
	type: T,
	handler: (msg: TabMessageOf<T>) => TabResponses[T] | Promise<TabResponses[T]>,
	signal: AbortSignal,
): void {
	// The answer goes through sendResponse (and `true` keeps the channel open), not a returned promise: content
	// scripts run on the browser's own runtime, where Chrome does not take a listener's promise as its answer
	// (scripts/native-browser-in-content.mjs).
	// A message not ours to answer gets undefined: no answer, left to other listeners.
	const listener = ((
		raw: unknown,
		sender: Runtime.MessageSender,
		sendResponse: (answer: unknown) => void,
	) => {
		if (sender.id !== browser.runtime.id) return undefined;
		const parsed = TabMessage.safeParse(raw);
		if (!parsed.success || parsed.data.type !== type) return undefined;
		Promise.resolve()
			.then(() => handler(parsed.data as TabMessageOf<T>))
			.then(sendResponse, (error) => {
				console.debug('[unhurried] tab message', error);
				sendResponse(undefined);
			});
		return true;
	}) as Runtime.OnMessageListenerCallback;
	browser.runtime.onMessage.addListener(listener);
	signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
