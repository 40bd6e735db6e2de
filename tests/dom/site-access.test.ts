import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers.js';
import { createSiteAccess, registrationId, scriptFor } from '../../src/background/site-access.js';
import { matchesPattern, originPattern } from '../../src/shared/match-pattern.js';
import { dispatch } from '../../src/shared/messages.js';
import { settings } from '../../src/shared/storage.js';

const NOW = Date.UTC(2026, 2, 12, 9, 0);
const CHAT = 'https://chat.example.org/team/general';
const PATTERN = 'https://chat.example.org/*';
const SLACK = 'https://app.slack.com/client/T1/C1';

let granted: Set<string>;
let registered: { id: string; matches: string[]; js?: string[] }[];

beforeEach(() => {
	vi.clearAllMocks();
	granted = new Set();
	registered = [];
	vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
		content_scripts: [{ matches: ['https://app.slack.com/*'], js: ['content.js'] }],
	} as never);
	vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) =>
		(p.origins ?? []).every((o) => granted.has(o)),
	);
	vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p) => {
		for (const o of p.origins ?? []) granted.delete(o);
		return true;
	});
	vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
		async (f) => registered.filter((r) => !f?.ids || f.ids.includes(r.id)) as never,
	);
	vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
		for (const s of scripts) registered.push({ id: s.id, matches: s.matches ?? [], js: s.js ?? [] });
	});
	vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (f) => {
		registered = registered.filter((r) => !f?.ids?.includes(r.id));
	});
	vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 9 }] as never);
});

const access = () => createSiteAccess({ now: () => NOW });

describe('match patterns', () => {
	it.each([
		['https://app.slack.com/*', 'https://app.slack.com/client/T1', true],
		['https://app.slack.com/*', 'https://slack.com/', false],
		['https://*.example.org/*', 'https://chat.example.org/x', true],
		['https://*.example.org/*', 'https://example.org/', true],
		['https://*.example.org/*', 'https://evilexample.org/', false],
		['https://chat.example.org/*', 'http://chat.example.org/', false],
		['*://teams.microsoft.com/v2/*', 'https://teams.microsoft.com/v2/', true],
		['<all_urls>', 'https://a.b/', true],
	])('%s matches %s: %s', (pattern, url, expected) => {
		expect(matchesPattern(pattern, url)).toBe(expected);
	});

	it('gives an origin pattern for https pages only', () => {
		expect(originPattern(CHAT)).toBe(PATTERN);
		expect(originPattern('http://chat.example.org/')).toBeUndefined();
		expect(originPattern('chrome://extensions/')).toBeUndefined();
		expect(originPattern('not a url')).toBeUndefined();
	});
});

describe('site status', () => {
	it('tells built-in, available, enabled and unsupported pages apart', async () => {
		const sites = access();
		expect(await sites.status(SLACK)).toMatchObject({ state: 'builtin', host: 'app.slack.com' });
		expect(await sites.status(CHAT)).toMatchObject({ state: 'available', pattern: PATTERN });
		expect(await sites.status(null)).toMatchObject({ state: 'unsupported' });
		expect(await sites.status('chrome://newtab/')).toMatchObject({ state: 'unsupported' });
		granted.add(PATTERN);
		await settings.set({ ...(await settings.get()), sites: [PATTERN] });
		expect(await sites.status(CHAT)).toMatchObject({ state: 'enabled' });
	});

	it('reports a pause only while it lasts', async () => {
		await settings.set({ ...(await settings.get()), pausedUntil: NOW - 1 });
		expect((await access().status(CHAT)).pausedUntil).toBe(0);
		await settings.set({ ...(await settings.get()), pausedUntil: NOW + 60_000 });
		expect((await access().status(CHAT)).pausedUntil).toBe(NOW + 60_000);
	});
});

describe('enable and disable', () => {
	it('refuses to enable a site whose access was not granted, and changes nothing', async () => {
		const result = await access().enable(CHAT);
		expect(result).toEqual({ ok: false, error: 'access to chat.example.org was not granted' });
		expect(registered).toEqual([]);
		expect((await settings.get()).sites).toEqual([]);
	});

	it('refuses pages it cannot run on', async () => {
		expect(await access().enable('http://chat.example.org/')).toMatchObject({ ok: false });
		expect(await access().disable('chrome://newtab/')).toMatchObject({ ok: false });
	});

	it('registers the content script, injects it into open tabs and records the site', async () => {
		granted.add(PATTERN);
		const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (o) => {
			if ('tabId' in o.target && o.target.tabId === 9) throw new Error('tab is loading');
			return [];
		});
		const result = await access().enable(CHAT);
		expect(result).toMatchObject({ ok: true, status: { state: 'enabled' } });
		expect(registered).toEqual([
			{ id: 'unhurried-optin-chat.example.org', matches: [PATTERN], js: ['content.js'] },
		]);
		expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([
			expect.objectContaining({ js: ['content.js'], allFrames: true, persistAcrossSessions: true }),
		]);
		expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ url: PATTERN });
		expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: ['content.js'] });
		expect((await settings.get()).sites).toEqual([PATTERN]);
		// Twice is harmless: one registration, one entry.
		await access().enable(CHAT);
		expect(registered).toHaveLength(1);
		expect((await settings.get()).sites).toEqual([PATTERN]);
	});

	it('registers the calendar script, not the chat one, for a calendar page', async () => {
		const OWA = 'https://mail.contoso.example/owa/calendar/view/week';
		const OWA_PATTERN = 'https://mail.contoso.example/*';
		granted.add(OWA_PATTERN);
		const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
		expect(await access().enable(OWA)).toMatchObject({ ok: true, status: { state: 'enabled' } });
		expect(registered).toEqual([
			{ id: 'unhurried-optin-mail.contoso.example', matches: [OWA_PATTERN], js: ['calendar.js'] },
		]);
		expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: ['calendar.js'] });
		expect(scriptFor('https://outlook.cloud.microsoft/calendar/view/week')).toBe('calendar.js');
		expect(scriptFor('https://calendar.google.com/calendar/u/0/r')).toBe('calendar.js');
		expect(scriptFor('https://chat.example.org/team/calendar-talk')).toBe('content.js');
		expect(scriptFor('https://teams.cloud.microsoft/v2/')).toBe('content.js');
	});

	it('replaces a chat registration when the origin is turned on again from a calendar page', async () => {
		granted.add(PATTERN);
		vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
		await access().enable(CHAT);
		await access().enable('https://chat.example.org/calendar/');
		expect(registered).toEqual([
			{ id: 'unhurried-optin-chat.example.org', matches: [PATTERN], js: ['calendar.js'] },
		]);
	});

	it('says so when registering fails, and records nothing', async () => {
		granted.add(PATTERN);
		vi.mocked(fakeBrowser.scripting.registerContentScripts).mockRejectedValueOnce(new Error('quota'));
		expect(await access().enable(CHAT)).toEqual({
			ok: false,
			error: 'could not start on chat.example.org: quota',
		});
		expect((await settings.get()).sites).toEqual([]);
	});

	it('disables a runtime site: unregisters, removes the permission, drops the setting', async () => {
		granted.add(PATTERN);
		vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
		await access().enable(CHAT);
		const result = await access().disable(CHAT);
		expect(result).toMatchObject({ ok: true, status: { state: 'available' } });
		expect(registered).toEqual([]);
		expect(granted.has(PATTERN)).toBe(false);
		expect((await settings.get()).sites).toEqual([]);
	});

	it('turns a built-in site off and on by host, without touching permissions', async () => {
		const off = await access().disable(SLACK);
		expect(off).toMatchObject({ ok: true, status: { state: 'builtin', hostDisabled: true } });
		expect((await settings.get()).disabledHosts).toEqual(['app.slack.com']);
		const on = await access().enable(SLACK);
		expect(on).toMatchObject({ ok: true, status: { state: 'builtin', hostDisabled: false } });
		expect((await settings.get()).disabledHosts).toEqual([]);
		expect(fakeBrowser.permissions.remove).not.toHaveBeenCalled();
		expect(registered).toEqual([]);
	});

	it('pauses for an hour and resumes', async () => {
		expect(await access().pause(60)).toEqual({ ok: true, pausedUntil: NOW + 3_600_000 });
		expect((await settings.get()).pausedUntil).toBe(NOW + 3_600_000);
		expect(await access().pause(0)).toEqual({ ok: true, pausedUntil: 0 });
		expect((await settings.get()).pausedUntil).toBe(0);
	});

	it('ends an opt-in whose permission was removed in the browser', async () => {
		granted.add(PATTERN);
		vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
		await access().enable(CHAT);
		await access().permissionRemoved([PATTERN]);
		expect(registered).toEqual([]);
		expect((await settings.get()).sites).toEqual([]);
	});

	it('names registrations by host', () => {
		expect(registrationId(PATTERN)).toBe('unhurried-optin-chat.example.org');
	});
});

describe('popup messages', () => {
	const page = { id: fakeBrowser.runtime.id, url: 'chrome-extension://x/src/popup/index.html' };
	it('are answered for the extension pages and refused from a content script', async () => {
		const handlers = createHandlers({} as never, {} as never, access());
		const own = 'chrome-extension://x/';
		const answer = await dispatch({ type: 'popup/site-status', url: CHAT }, page, handlers, page.id, own);
		expect(answer).toMatchObject({ state: 'available' });
		const fromPage = { id: page.id, url: CHAT, tab: { id: 1 } } as never;
		await expect(
			dispatch({ type: 'popup/pause', minutes: 60 }, fromPage, handlers, page.id, own),
		).rejects.toThrow(/only accepted from the extension's own pages/);
		await expect(
			dispatch({ type: 'popup/pause', minutes: -1 }, page, handlers, page.id, own),
		).rejects.toThrow(/malformed/);
	});
});
