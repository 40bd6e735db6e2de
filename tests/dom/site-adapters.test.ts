import { afterEach, describe, expect, it } from 'vitest';
import { sitesFor } from '../../src/content/chat/sites/chat-sites.js';
import { discord } from '../../src/content/chat/sites/discord.js';
import { element } from '../../src/content/chat/sites/element.js';
import { googleChat } from '../../src/content/chat/sites/google-chat.js';
import { mattermost } from '../../src/content/chat/sites/mattermost.js';
import { rocketChat } from '../../src/content/chat/sites/rocket-chat.js';
import { type SiteAdapter, sigilName, titleParts } from '../../src/content/chat/sites/site-adapter.js';
import { slack } from '../../src/content/chat/sites/slack.js';
import { teams } from '../../src/content/chat/sites/teams.js';
import { zulip } from '../../src/content/chat/sites/zulip.js';

afterEach(() => {
	document.body.innerHTML = '';
	document.title = '';
	history.replaceState(null, '', '/');
});

/** Trimmed markup of the site, at a path, with a title; returns the composers the adapter finds. */
function page(site: SiteAdapter, html: string, { path = '/', title = '' } = {}) {
	history.replaceState(null, '', path);
	document.title = title;
	document.body.innerHTML = html;
	return site.findComposers(document);
}

/** A Teams chat header (data-tids of a public Teams web agent's selector table, docs/sites.md § Teams). */
const teamsHeader = (kind: 'one-on-one' | 'group' | 'channel') =>
	`<div data-tid="entity-header"><h2 data-tid="chat-title">${kind === 'channel' ? 'General' : 'Priya Raman'}</h2>${
		kind === 'one-on-one'
			? '<div data-tid="chat-topic-menu"><span id="chat-topic-person-1">Priya Raman</span></div><button data-tid="default-chat-call-audio-button"></button>'
			: kind === 'group'
				? '<button data-tid="default-chat-call-audio-button"></button><button data-tid="audio-drop-in-button"></button>'
				: ''
	}</div>`;

describe('site adapters', () => {
	it('pick their own hosts, the new Microsoft ones included; every page also gets the self-hosted adapters', () => {
		const ids = (url: string) => sitesFor(new URL(url)).map((s) => s.id);
		expect(ids('https://app.slack.com/client/T1/C1')[0]).toBe('slack');
		expect(ids('https://teams.live.com/v2/')[0]).toBe('teams');
		expect(ids('https://teams.cloud.microsoft/v2/')[0]).toBe('teams');
		expect(ids('https://chat.google.com/u/0/frame?shell=6')[0]).toBe('google-chat');
		// Gmail's own page: Chat lives in its chat.google.com frames, the mail compose is not a chat composer.
		expect(ids('https://mail.google.com/chat/u/0/')[0]).toBe('mattermost');
		// Discord anywhere in the app: people enter at /app or /login and the router moves on.
		expect(ids('https://discord.com/channels/1/2')[0]).toBe('discord');
		expect(ids('https://discord.com/app')[0]).toBe('discord');
		expect(ids('https://chat.example.org/')).toEqual(['mattermost', 'zulip', 'rocket-chat', 'element']);
	});

	it('Slack: main composer in a channel, DM by conversation id or title, thread pane', () => {
		const html = `<span data-qa="channel_name">general</span>
			<div data-qa="message_input"><div class="ql-editor" contenteditable="true" data-gramm="false"></div></div>
			<div data-qa="threads_flexpane"><div data-qa="message_input"><div class="ql-editor" contenteditable="true"></div></div></div>`;
		const [main, thread] = page(slack, html, { path: '/client/T1/C1' });
		expect(slack.channelContext(main as HTMLElement)).toEqual({
			channelKind: 'channel',
			recipients: [],
			channelName: 'general',
			source: 'url',
		});
		expect(slack.entryOf(main as HTMLElement)).toBe(0);
		expect(slack.channelContext(thread as HTMLElement).channelKind).toBe('thread');
		const [dm] = page(slack, html, { path: '/client/T1/D42', title: 'Dana Lee (DM) - Acme - Slack' });
		expect(slack.channelContext(dm as HTMLElement)).toMatchObject({
			channelKind: 'dm',
			recipients: ['Dana Lee'],
			source: 'url',
		});
	});

	it("Teams: a 1:1 chat is a DM by its header's structure, whatever the title's language or unread counter", () => {
		const [c] = page(
			teams,
			`${teamsHeader('one-on-one')}<div data-tid="ckeditor" contenteditable="true"></div>`,
			{
				title: '(12) Conversation | Priya Raman | Microsoft Teams',
			},
		);
		expect(teams.channelContext(c as HTMLElement)).toEqual({
			channelKind: 'dm',
			recipients: ['Priya Raman'],
			channelName: 'Priya Raman',
			source: 'structure',
		});
		const [g] = page(teams, `${teamsHeader('group')}<div data-tid="ckeditor" contenteditable="true"></div>`, {
			title: '(3) Chat | Launch crew | Microsoft Teams',
		});
		expect(teams.channelContext(g as HTMLElement)).toMatchObject({
			channelKind: 'channel',
			source: 'structure',
		});
		// The English word "Chat" in the title no longer makes a DM: with no header, it is a channel (no guess).
		const [t] = page(teams, '<div data-tid="ckeditor" contenteditable="true"></div>', {
			title: 'Chat | Priya Raman | Microsoft Teams',
		});
		expect(teams.channelContext(t as HTMLElement)).toMatchObject({ channelKind: 'channel', source: 'none' });
	});

	it('Teams: the data-tid on a wrapper around the editable is found too (entry 2)', () => {
		const [c] = page(
			teams,
			'<div data-tid="ckeditor"><div contenteditable="true" role="textbox"></div></div>',
		);
		expect(c?.getAttribute('role')).toBe('textbox');
		expect(teams.entryOf(c as HTMLElement)).toBe(2);
	});

	it('Google Chat: DM and space from the conversation root, thread from its topic, not from the frame URL', () => {
		const html = `<c-wiz data-group-id="dm/AAAA"><div role="textbox" contenteditable="true" g_editable="true" aria-label="Message Dana"></div></c-wiz>
			<c-wiz data-group-id="space/BBBB"><div role="textbox" contenteditable="true" g_editable="true" aria-label="Message AAA"></div>
			<c-wiz data-topic-id="t1"><div role="textbox" contenteditable="true" aria-label="Reply"></div></c-wiz></c-wiz>`;
		const [dm, space, reply] = page(googleChat, html, { path: '/u/0/frame' });
		expect(googleChat.channelContext(dm as HTMLElement)).toMatchObject({
			channelKind: 'dm',
			recipients: ['Dana'],
			source: 'structure',
		});
		expect(googleChat.channelContext(space as HTMLElement)).toMatchObject({
			channelKind: 'channel',
			source: 'structure',
		});
		expect(googleChat.channelContext(reply as HTMLElement)).toMatchObject({ channelKind: 'thread' });
	});

	it("Google Chat: Gmail's mail compose body is not a chat composer", () => {
		const found = page(
			googleChat,
			`<form><input name="subjectbox"><div role="textbox" contenteditable="true" g_editable="true" aria-label="Message Body"></div></form>`,
		);
		expect(found).toEqual([]);
		const body = document.querySelector('[g_editable]') as HTMLElement;
		expect(googleChat.claim(body)).toBeUndefined();
	});

	it('Discord: the channel or person from the aria-label sigil, in any language; DM by route', () => {
		const [c] = page(
			discord,
			'<div role="textbox" data-slate-editor="true" aria-label="Envoyer un message dans #général"></div>',
			{ path: '/channels/1/2' },
		);
		expect(discord.channelContext(c as HTMLElement)).toEqual({
			channelKind: 'channel',
			recipients: [],
			channelName: 'général',
			source: 'url',
		});
		history.replaceState(null, '', '/channels/@me/9');
		(c as HTMLElement).setAttribute('aria-label', 'Nachricht an @dana');
		expect(discord.channelContext(c as HTMLElement)).toMatchObject({
			channelKind: 'dm',
			recipients: ['dana'],
			source: 'url',
		});
	});

	it('reads titles and sigils without wording', () => {
		expect(titleParts('(12) Chat | Dana | Microsoft Teams')).toEqual(['Chat', 'Dana', 'Microsoft Teams']);
		expect(titleParts('[3] Unterhaltung | Dana | Microsoft Teams')[1]).toBe('Dana');
		expect(sigilName('Message #general')).toEqual({ sigil: '#', name: 'general' });
		expect(sigilName('Message Dana')).toBeUndefined();
	});

	it('Mattermost, Zulip, Rocket.Chat and Element: their composers and DMs', () => {
		const [mm] = page(mattermost, '<textarea id="post_textbox"></textarea>', {
			path: '/team/messages/@dana',
		});
		expect(mattermost.channelContext(mm as HTMLElement)).toMatchObject({
			channelKind: 'dm',
			recipients: ['dana'],
		});
		const [z] = page(
			zulip,
			'<div id="private_message_recipient"><span class="pill"><span class="pill-value">Dana</span></span></div><textarea id="compose-textarea"></textarea>',
		);
		expect(zulip.channelContext(z as HTMLElement)).toEqual({
			channelKind: 'dm',
			recipients: ['Dana'],
			source: 'structure',
		});
		const [rc] = page(rocketChat, '<textarea name="msg"></textarea>', { path: '/direct/dana' });
		expect(rocketChat.channelContext(rc as HTMLElement)).toMatchObject({
			channelKind: 'dm',
			recipients: ['dana'],
		});
		const [el] = page(
			element,
			'<div class="mx_ThreadView"><div class="mx_BasicMessageComposer_input" contenteditable="true"></div></div>',
		);
		expect(element.channelContext(el as HTMLElement).channelKind).toBe('thread');
	});

	it('read the people mention chips stand for in the composer: Slack and Teams; none elsewhere', () => {
		const [s] = page(
			slack,
			`<div data-qa="message_input"><div class="ql-editor" contenteditable="true"><p><ts-mention data-id="U07" data-label="@Kenji Sato" spellcheck="false" class="c-member_slug">@Kenji Sato</ts-mention> can you look?
				<ts-mention data-id="U07" data-label="@Kenji Sato">@Kenji Sato</ts-mention></p></div></div>
			<div class="c-message"><ts-mention data-label="@Outside">@Outside</ts-mention></div>`,
			{ path: '/client/T1/C1' },
		);
		// Each person once; a mention in the message list (outside the composer) is not the draft's.
		expect(slack.mentionsIn(s as HTMLElement)).toEqual(['@Kenji Sato']);
		const [t] = page(
			teams,
			`${teamsHeader('channel')}<div data-tid="ckeditor" contenteditable="true"><p><readonly class="skipProofing" itemtype="http://schema.skype.com/Mention" contenteditable="false"><span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">Priya Raman</span></readonly> please review</p></div>`,
		);
		expect(teams.mentionsIn(t as HTMLElement)).toEqual(['Priya Raman']);
		// A composer with only typed text: no chips, nothing guessed from the words.
		const [plain] = page(
			slack,
			'<div data-qa="message_input"><div class="ql-editor" contenteditable="true"><p>@kenji hi Priya</p></div></div>',
		);
		expect(slack.mentionsIn(plain as HTMLElement)).toEqual([]);
		const [d] = page(
			discord,
			'<div role="textbox" data-slate-editor="true" aria-label="Message #general"></div>',
		);
		expect(discord.mentionsIn(d as HTMLElement)).toEqual([]);
	});

	it('never throw on odd pages: a failing read gives a plain channel', () => {
		const c = document.createElement('div');
		const broken = { ...slack, channelContext: slack.channelContext };
		expect(broken.channelContext(c)).toMatchObject({ channelKind: 'channel' });
	});
});
