/**
 * The one typed protocol between content scripts, extension pages and the background.
 * Every message is parsed with zod on the receiving side; unknown or malformed ones are refused.
 */
import { z } from 'zod';
import { FindingKind } from '../core/finding.js';
import type { PresetError } from '../core/norms/preset-errors.js';
import { BUILTIN_PRESET_NAMES } from '../core/norms/presets/names.js';
import browser, { type Runtime } from './browser.js';
import { SettingsChange } from './local-view.js';
import { SelfCheckFrame } from './self-check.js';
import { StatEvent } from './stats.js';

/** What the content script saw of a draft: counts only, never the text. */
export const DraftSeen = z.object({
	type: z.literal('cs/draft-seen'),
	site: z.string().max(200),
	editor: z.enum(['textarea', 'contenteditable']),
	words: z.number().int().nonnegative(),
	chars: z.number().int().nonnegative(),
});

export const Ping = z.object({ type: z.literal('any/ping') });

/**
 * Which language is this draft in? Asked by the content script only when its word lists cannot tell; the
 * identifier lives in the worker so that pages never load it. The text stays in the browser.
 */
export const IdentifyLanguage = z.object({
	type: z.literal('cs/identify-language'),
	text: z.string().max(4000),
});

/** A hint was shown, its fix applied, or it was dismissed: counted per kind per day, locally. */
export const RecordStat = z.object({
	type: z.literal('cs/record-stat'),
	kind: FindingKind,
	event: StatEvent,
});

/** The hint card's "turn this rule off": the one setting a content script may change. */
export const DisableRule = z.object({
	type: z.literal('cs/disable-rule'),
	rule: z
		.string()
		.max(80)
		.regex(/^[a-z0-9_-]+$/, 'a rule id'),
});

/** The options page's switch for one rule: applied to the settings as they are then, so no other change is lost. */
export const SetRule = z.object({
	type: z.literal('options/set-rule'),
	rule: DisableRule.shape.rule,
	on: z.boolean(),
});

/**
 * The card's controls that learn, and their undo: dismiss a hint (by its hash), don't flag a phrase again,
 * snooze a rule until a time, turn a rule back on. Bounded like the settings they change.
 */
export const HintControl = z.object({
	type: z.literal('cs/hint-control'),
	op: z.enum(['dismiss', 'undismiss', 'quiet-phrase', 'unquiet-phrase', 'snooze', 'unsnooze', 'enable-rule']),
	rule: z
		.string()
		.max(80)
		.regex(/^[a-z0-9_-]+$/, 'a rule id')
		.optional(),
	id: z.string().max(16).optional(),
	phrase: z.string().min(1).max(80).optional(),
	until: z.number().nonnegative().optional(),
});

/** The card's "Learn more" on a norm chip: opens the options page at the norms in force. */
export const OpenNorms = z.object({
	type: z.literal('cs/open-norms'),
	norm: z.enum(['chat', 'doc', 'video', 'meeting', 'emergency', 'roster', 'agenda']),
});

/**
 * "Remind me then" for a draft copied to send later: only the reader's name and their time go to the worker,
 * never the draft (it is on the clipboard), and a notification says when.
 */
export const Remind = z.object({
	type: z.literal('cs/remind'),
	who: z.string().min(1).max(100),
	at: z.number().nonnegative(),
	local: z.string().regex(/^\d{2}:\d{2}$/, 'HH:MM'),
});

/** The options page's settings (typing delay, rules on or off…): a partial change, validated whole. */
export const SetSettings = z.object({
	type: z.literal('options/set-settings'),
	change: SettingsChange,
});

/** Import a preset file's text (validated in the background; errors come back with their JSON paths). */
export const ImportPreset = z.object({
	type: z.literal('options/import-preset'),
	// Generous: the preset's own 256 KB cap is checked by the parser, with a precise message.
	text: z.string().max(4 * 1024 * 1024),
	fileName: z.string().max(300).optional(),
});
/** Use a built-in preset as the imported one. */
export const UseBuiltinPreset = z.object({
	type: z.literal('options/use-builtin-preset'),
	name: z.enum(BUILTIN_PRESET_NAMES),
});
export const ClearImportedPreset = z.object({ type: z.literal('options/clear-imported-preset') });
/** Subscribe to a team preset URL (null unsubscribes), optionally pinning an Ed25519 public key. */
export const SetSubscription = z.object({
	type: z.literal('options/set-subscription'),
	url: z.string().max(2000).nullable(),
	publicKey: z.string().max(200).nullable().optional(),
});
export const RefreshSubscription = z.object({ type: z.literal('options/refresh-subscription') });
/** Replace the person's own overrides (a partial preset, validated in the background). */
export const SetPersonal = z.object({ type: z.literal('options/set-personal'), overrides: z.unknown() });
export const ClearStats = z.object({ type: z.literal('options/clear-stats') });

/** Where Unhurried stands on a page (by its URL; null when the popup cannot see the page's address). */
export const SiteStatusRequest = z.object({
	type: z.literal('popup/site-status'),
	url: z.string().max(4000).nullable(),
});
/**
 * Turn Unhurried on for a site: a built-in chat site is taken off the person's disabled hosts; any other
 * https site (its host permission already granted by the page, in a user gesture) gets the content script
 * registered, injected into its open tabs and recorded in settings.sites.
 */
export const EnableSite = z.object({ type: z.literal('popup/enable-site'), url: z.string().max(4000) });
/** Turn Unhurried off for a site: the built-in ones by host; runtime ones lose registration and permission. */
export const DisableSite = z.object({ type: z.literal('popup/disable-site'), url: z.string().max(4000) });
/** Pause hints everywhere for this many minutes (0 resumes). */
export const Pause = z.object({
	type: z.literal('popup/pause'),
	minutes: z
		.number()
		.int()
		.min(0)
		.max(7 * 24 * 60),
});

/** What a frame's content script saw of its page (structure only, never its text): for the popup's self-check. */
export const SelfCheckReport = SelfCheckFrame.extend({ type: z.literal('cs/self-check') });
/** The popup asks what the frames of a tab reported. */
export const SelfCheckRequest = z.object({ type: z.literal('popup/self-check'), tabId: z.number().int() });

export const Message = z.discriminatedUnion('type', [
	DraftSeen,
	Ping,
	IdentifyLanguage,
	RecordStat,
	DisableRule,
	SetRule,
	HintControl,
	OpenNorms,
	Remind,
	SetSettings,
	ImportPreset,
	UseBuiltinPreset,
	ClearImportedPreset,
	SetSubscription,
	RefreshSubscription,
	SetPersonal,
	ClearStats,
	SiteStatusRequest,
	EnableSite,
	DisableSite,
	Pause,
	SelfCheckReport,
	SelfCheckRequest,
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];
type Of<T extends MessageType> = Extract<Message, { type: T }>;

/** How a subscription refresh went; `none` when no subscription is set. */
export interface RefreshOutcome {
	status: 'updated' | 'unchanged' | 'failed' | 'none';
	/** The reason, when it failed. */
	message?: string;
}

/** What each request answers with. */
export interface Responses {
	'cs/draft-seen': { ok: true };
	'any/ping': { ok: true; version: string };
	'cs/identify-language': { lang: string };
	'cs/record-stat': { ok: true };
	'cs/disable-rule': { ok: true };
	'options/set-rule': { ok: true };
	'cs/open-norms': { ok: true };
	'cs/remind': { ok: true } | { ok: false; error: string };
	'cs/hint-control': { ok: true } | { ok: false; error: string };
	'options/set-settings': { ok: true } | { ok: false; error: string };
	'options/import-preset': { ok: true; name: string; version: string } | { ok: false; errors: PresetError[] };
	'options/use-builtin-preset': { ok: true; name: string; version: string };
	'options/clear-imported-preset': { ok: true };
	'options/set-subscription': { ok: true; refresh: RefreshOutcome } | { ok: false; error: string };
	'options/refresh-subscription': RefreshOutcome;
	'options/set-personal': { ok: true; ignoredLocked: string[] } | { ok: false; errors: PresetError[] };
	'options/clear-stats': { ok: true };
	'popup/site-status': SiteStatus;
	'popup/enable-site': { ok: true; status: SiteStatus } | { ok: false; error: string };
	'popup/disable-site': { ok: true; status: SiteStatus } | { ok: false; error: string };
	'popup/pause': { ok: true; pausedUntil: number };
	'cs/self-check': { ok: true };
	'popup/self-check': { frames: (SelfCheckFrame & { frameId: number })[] };
}

/**
 * A site as the popup shows it. `unsupported`: not a web page Unhurried can run on (browser pages, http);
 * `builtin`: a chat site of the manifest; `enabled`: turned on at run time; `available`: an https site
 * that can be turned on.
 */
export interface SiteStatus {
	state: 'unsupported' | 'builtin' | 'enabled' | 'available';
	/** The page's hostname (absent when unsupported). */
	host?: string;
	/** The origin pattern a runtime opt-in asks for, e.g. `https://chat.example.org/*`. */
	pattern?: string;
	/** The person turned a built-in site off. */
	hostDisabled: boolean;
	/** Epoch ms until which hints are paused everywhere (0: not paused). */
	pausedUntil: number;
}

export type Handlers = {
	[T in MessageType]: (msg: Of<T>, sender: Runtime.MessageSender) => Promise<Responses[T]> | Responses[T];
};

/** Chrome's words when the worker was stopping or starting as a message went out: nothing was handled. */
const NOT_RECEIVED = /Receiving end does not exist|Could not establish connection/i;

/**
 * Sends a message to the background and returns its typed answer. A message that reached no worker (it was
 * being stopped or started) is sent once more; any other failure reaches the caller, which says so.
 */
export async function send<T extends MessageType>(msg: Of<T>): Promise<Responses[T]> {
	const parsed = Message.parse(msg);
	try {
		return (await browser.runtime.sendMessage(parsed)) as Responses[T];
	} catch (error) {
		if (!NOT_RECEIVED.test(String(error))) throw error;
		return (await browser.runtime.sendMessage(parsed)) as Responses[T];
	}
}

export class RefusedMessage extends Error {}

/** True when the sender is this extension itself (its pages or its content scripts). */
export function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
	return sender.id === ownId;
}

/** Messages only the extension's own pages (options, popup) may send — never a content script. */
export const isPageOnly = (type: MessageType) => type.startsWith('options/') || type.startsWith('popup/');

/**
 * Dispatches one raw message to its handler. Refuses messages from other extensions or web pages,
 * and messages that do not match the protocol. With `ownOrigin` (the extension's base URL), also refuses
 * `options/*` messages that come from anywhere but an extension page (e.g. a content script).
 */
export async function dispatch(
	raw: unknown,
	sender: Runtime.MessageSender,
	handlers: Handlers,
	ownId: string,
	ownOrigin?: string,
) {
	if (!isOwnSender(sender, ownId)) throw new RefusedMessage('refused: sender is not this extension');
	const parsed = Message.safeParse(raw);
	if (!parsed.success)
		throw new RefusedMessage(`refused: malformed message (${parsed.error.issues[0]?.message})`);
	const msg = parsed.data;
	// By URL, not by tab: the options page opened in a tab has a sender.tab too, a content script never has our URL.
	if (ownOrigin !== undefined && isPageOnly(msg.type) && !sender.url?.startsWith(ownOrigin))
		throw new RefusedMessage(`refused: ${msg.type} is only accepted from the extension's own pages`);
	const handler = handlers[msg.type] as (m: Message, s: Runtime.MessageSender) => unknown;
	return handler(msg, sender);
}

/** Registers the handlers on runtime.onMessage (background only). */
export function handleMessages(handlers: Handlers): void {
	browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
		dispatch(raw, sender, handlers, browser.runtime.id, browser.runtime.getURL('')),
	);
}
