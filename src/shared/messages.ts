/**
 * The one typed protocol between content scripts, extension pages and the background.
 * Every message is parsed with zod on the receiving side; unknown or malformed ones are refused.
 */
import { z } from 'zod';
import browser, { type Runtime } from './browser.js';

/** What the content script saw of a draft: counts only, never the text. */
export const DraftSeen = z.object({
	type: z.literal('cs/draft-seen'),
	site: z.string().max(200),
	editor: z.enum(['textarea', 'contenteditable']),
	words: z.number().int().nonnegative(),
	chars: z.number().int().nonnegative(),
});

export const Ping = z.object({ type: z.literal('any/ping') });

export const Message = z.discriminatedUnion('type', [DraftSeen, Ping]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];
type Of<T extends MessageType> = Extract<Message, { type: T }>;

/** What each request answers with. */
export interface Responses {
	'cs/draft-seen': { ok: true };
	'any/ping': { ok: true; version: string };
}

export type Handlers = {
	[T in MessageType]: (msg: Of<T>, sender: Runtime.MessageSender) => Promise<Responses[T]> | Responses[T];
};

/** Sends a message to the background and returns its typed answer. */
export async function send<T extends MessageType>(msg: Of<T>): Promise<Responses[T]> {
	return (await browser.runtime.sendMessage(Message.parse(msg))) as Responses[T];
}

export class RefusedMessage extends Error {}

/** True when the sender is this extension itself (its pages or its content scripts). */
export function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
	return sender.id === ownId;
}

/**
 * Dispatches one raw message to its handler. Refuses messages from other extensions or web pages,
 * and messages that do not match the protocol.
 */
export async function dispatch(
	raw: unknown,
	sender: Runtime.MessageSender,
	handlers: Handlers,
	ownId: string,
) {
	if (!isOwnSender(sender, ownId)) throw new RefusedMessage('refused: sender is not this extension');
	const parsed = Message.safeParse(raw);
	if (!parsed.success)
		throw new RefusedMessage(`refused: malformed message (${parsed.error.issues[0]?.message})`);
	const msg = parsed.data;
	const handler = handlers[msg.type] as (m: Message, s: Runtime.MessageSender) => unknown;
	return handler(msg, sender);
}

/** Registers the handlers on runtime.onMessage (background only). */
export function handleMessages(handlers: Handlers): void {
	browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
		dispatch(raw, sender, handlers, browser.runtime.id),
	);
}
