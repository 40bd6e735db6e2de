import { afterEach, describe, expect, it } from 'vitest';
import { sitesFor } from '../../src/content/sites/chat-sites.js';
import { discord } from '../../src/content/sites/discord.js';
import { element } from '../../src/content/sites/element.js';
import { googleChat } from '../../src/content/sites/google-chat.js';
import { mattermost } from '../../src/content/sites/mattermost.js';
import { rocketChat } from '../../src/content/sites/rocket-chat.js';
import type { SiteAdapter } from '../../src/content/sites/site-adapter.js';
import { slack } from '../../src/content/sites/slack.js';
import { teams } from '../../src/content/sites/teams.js';
import { zulip } from '../../src/content/sites/zulip.js';

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

describe('site adapters', () => {
	it('pick their own hosts; every page also gets the self-hosted adapters', () => {
		const ids = (url: string) => sitesFor(new URL(url)).map((s) => s.id);
		expect(ids('https://app.slack.com/client/T1/C1')[0]).toBe('slack');
		expect(ids('https://teams.live.com/v2/')[0]).toBe('teams');
		expect(ids('https://mail.google.com/chat/u/0/')[0]).toBe('google-chat');
		expect(ids('https://discord.com/channels/1/2')[0]).toBe('discord');
		expect(ids('https://chat.example.org/')).toEqual(['mattermost', 'zulip', 'rocket-chat', 'element']);
	});

	it('Slack: main composer in a channel, DM by conversation id or title, thread pane', () => {
		const html = `<span data-qa="channel_name">general</span>
			<div data-qa="message_input"><div class="ql-editor" contenteditable="true"></div></div>
			<div data-qa="threads_flexpane"><div data-qa="message_input"><div class="ql-editor" contenteditable="true"></div></div></div>`;
		const [main, thread] = page(slack, html, { path: '/client/T1/C1' });
		expect(slack.channelContext(main as HTMLElement)).toEqual({
			channelKind: 'channel',
			recipients: [],
			channelName: 'general',
		});
		expect(slack.channelContext(thread as HTMLElement).channelKind).toBe('thread');
		const [dm] = page(slack, html, { path: '/client/T1/D42', title: 'Dana Lee (DM) - Acme - Slack' });
		expect(slack.channelContext(dm as HTMLElement)).toMatchObject({
			channelKind: 'dm',
			recipients: ['Dana Lee'],
		});
	});

	it('Teams: CKEditor composer; a chat is a DM with the person from the title', () => {
		const [c] = page(teams, '<div data-tid="ckeditor" contenteditable="true"></div>', {
			title: 'Chat | Priya Raman | Microsoft Teams',
		});
		expect(teams.channelContext(c as HTMLElement)).toMatchObject({
			channelKind: 'dm',
			recipients: ['Priya Raman'],
		});
		document.title = 'General | Platform | Microsoft Teams';
		expect(teams.channelContext(c as HTMLElement)).toMatchObject({
			channelKind: 'channel',
			channelName: 'General',
		});
	});

	it('Google Chat: role=textbox composer; DM by URL, thread by its reply label', () => {
		const html = `<div role="textbox" contenteditable="true" g_editable="true" aria-label="Message Dana"></div>
			<div role="textbox" contenteditable="true" aria-label="Reply in thread"></div>`;
		const [main, reply] = page(googleChat, html, { path: '/dm/xyz' });
		expect(googleChat.channelContext(main as HTMLElement)).toMatchObject({
			channelKind: 'dm',
			recipients: ['Dana'],
		});
		expect(googleChat.channelContext(reply as HTMLElement).channelKind).toBe('thread');
	});

	it('Discord: the channel or person from the Slate textbox aria-label', () => {
		const [c] = page(
			discord,
			'<div role="textbox" data-slate-editor="true" aria-label="Message #general"></div>',
			{
				path: '/channels/1/2',
			},
		);
		expect(discord.channelContext(c as HTMLElement)).toEqual({
			channelKind: 'channel',
			recipients: [],
			channelName: 'general',
		});
		(c as HTMLElement).setAttribute('aria-label', 'Message @dana');
		expect(discord.channelContext(c as HTMLElement)).toMatchObject({
			channelKind: 'dm',
			recipients: ['dana'],
		});
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
		expect(zulip.channelContext(z as HTMLElement)).toEqual({ channelKind: 'dm', recipients: ['Dana'] });
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

	it('never throw on odd pages: a failing read gives a plain channel', () => {
		const c = document.createElement('div');
		const broken = { ...slack, channelContext: slack.channelContext };
		expect(broken.channelContext(c)).toMatchObject({ channelKind: 'channel' });
	});
});
