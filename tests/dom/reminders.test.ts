/**
 * "Copy the draft and remind you then" in the worker (issue 14): the reminder is set for the reader's morning,
 * fires as a notification naming them and their time, holds nothing of the draft, and a click brings the chat's
 * tab back only if it still exists. The clock is faked; due alarms are fired as the browser would.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseReminder } from '../../src/background/reminders.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { outsideHoursChatFinding, recipientsOutsideHours } from '../../src/core/norms/roster.js';
import { Preset } from '../../src/core/norms/schema.js';
import { useEnglish } from './i18n-en.js';

const OWN = 'test-extension-id';
/** A content script in the Discord tab 7 (no scheduled send of its own there). */
const contentScript = { id: OWN, url: 'https://discord.com/channels/@me/1', tab: { id: 7 } as never };
const DRAFT = 'The export finished and all the files are in the shared folder.';
/** Tue 2026-11-24 12:00 UTC: 21:00 in Tokyo. */
const NOON_UTC = Date.UTC(2026, 10, 24, 12);

const norms = Preset.parse({
	...DEFAULT_NORMS,
	roster: [
		{ name: 'Kenji', handles: ['@kenji'], timeZone: 'Asia/Tokyo', workingHours: ['Mon-Fri 09:00-18:00'] },
	],
});

async function loadBackground() {
	vi.resetModules();
	vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
	await import('../../src/background/index.js');
	return async (msg: unknown) =>
		(await fakeBrowser.runtime.onMessage.trigger(msg, contentScript, () => {}))[0];
}

/** What the browser does as time passes: every alarm now due fires once. */
async function fireDueAlarms() {
	for (const alarm of await fakeBrowser.alarms.getAll())
		if (alarm.scheduledTime <= Date.now()) {
			await fakeBrowser.alarms.clear(alarm.name);
			await fakeBrowser.alarms.onAlarm.trigger(alarm);
		}
}

beforeEach(() => {
	useEnglish();
	vi.useFakeTimers({ toFake: ['Date'], now: NOON_UTC });
});
afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('a reminder for the reader’s morning', () => {
	it('is set for their next working start and fires as a notification naming them and their time', async () => {
		const finding = outsideHoursChatFinding(recipientsOutsideHours(['@kenji'], NOON_UTC, norms), norms);
		const fix = finding?.fixes.find((f) => f.type === 'schedule-send');
		if (fix?.type !== 'schedule-send') throw new Error('no schedule-send fix');
		expect(fix).toMatchObject({ who: 'Kenji', local: '09:00', at: Date.UTC(2026, 10, 25, 0) });
		const send = await loadBackground();
		expect(await send({ type: 'cs/remind', who: fix.who, at: fix.at, local: fix.local })).toEqual({
			ok: true,
		});
		const [alarm] = await fakeBrowser.alarms.getAll();
		expect(alarm?.scheduledTime).toBe(fix.at);
		// The reminder holds the name, their time and the tab: nothing of the draft.
		expect(parseReminder(alarm?.name ?? '')).toEqual({ at: fix.at, who: 'Kenji', local: '09:00', tabId: 7 });
		expect(alarm?.name).not.toContain('export');

		// Not yet: one minute before their morning.
		vi.setSystemTime(fix.at - 60_000);
		await fireDueAlarms();
		expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(0);

		vi.setSystemTime(fix.at);
		await fireDueAlarms();
		const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions());
		expect(shown).toHaveLength(1);
		expect(shown[0]).toMatchObject({
			type: 'basic',
			title: 'Unhurried',
			message: 'Send your message to Kenji now: it is 09:00 for them',
		});
		expect(JSON.stringify(shown)).not.toContain(DRAFT.slice(0, 10));
	});

	it('a click brings the tab and its window to the front, and is cleared', async () => {
		const send = await loadBackground();
		await send({ type: 'cs/remind', who: 'Kenji', at: NOON_UTC + 3_600_000, local: '09:00' });
		vi.setSystemTime(NOON_UTC + 3_600_000);
		await fireDueAlarms();
		const [id] = Object.keys(fakeBrowser.notifications.getAllCreateOptions());
		vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, windowId: 3 } as never);
		const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
		const focus = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
		await fakeBrowser.notifications.onClicked.trigger(id as string);
		await vi.waitFor(() => expect(focus).toHaveBeenCalledWith(3, { focused: true }));
		expect(update).toHaveBeenCalledWith(7, { active: true });
		expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
	});

	it('a click after the tab was closed opens nothing', async () => {
		const send = await loadBackground();
		await send({ type: 'cs/remind', who: 'Kenji', at: NOON_UTC, local: '09:00' });
		await fireDueAlarms();
		const [id] = Object.keys(fakeBrowser.notifications.getAllCreateOptions());
		const get = vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 7'));
		const update = vi.spyOn(fakeBrowser.tabs, 'update');
		await fakeBrowser.notifications.onClicked.trigger(id as string);
		await vi.waitFor(() => expect(get).toHaveBeenCalledWith(7));
		expect(update).not.toHaveBeenCalled();
	});

	it('refuses a reminder without the reader’s time, and any draft-sized text', async () => {
		const send = await loadBackground();
		await expect(send({ type: 'cs/remind', who: 'Kenji', at: NOON_UTC })).rejects.toThrow(/malformed/);
		await expect(
			send({ type: 'cs/remind', who: DRAFT.repeat(3), at: NOON_UTC, local: '09:00' }),
		).rejects.toThrow(/malformed/);
		expect(await fakeBrowser.alarms.getAll()).toEqual([]);
	});
});
