/** The background's answers to every message of the protocol. */
import { normsPageUrl } from '../core/norms/explain.js';
import { identifyLanguage } from '../core/text/language-id.js';
import browser from '../shared/browser.js';
import type { Handlers } from '../shared/messages.js';
import { session } from '../shared/storage.js';
import type { NormsService } from './norms/norms-service.js';
import { scheduleReminder } from './reminders.js';
import { createSelfCheckStore, type SelfCheckStore } from './self-check-store.js';
import { createSettingsService, type SettingsService } from './settings-service.js';
import { createSiteAccess, type SiteAccess } from './site-access.js';
import type { createStatsService } from './stats-service.js';
import type { Views } from './views.js';

export function createHandlers(
	norms: NormsService,
	stats: ReturnType<typeof createStatsService>,
	settings: SettingsService = createSettingsService(),
	sites: SiteAccess = createSiteAccess({ now: Date.now, settings }),
	views?: Views,
	selfCheck: SelfCheckStore = createSelfCheckStore(),
): Handlers {
	return {
		'any/ping': async () => {
			// Every page and content script says hello: a good moment to check that what they read is ours.
			await views?.ensure().catch((error) => console.debug('[unhurried] views', error));
			return { ok: true, version: browser.runtime.getManifest().version };
		},
		'cs/disable-rule': async (msg) => {
			await settings.setRule(msg.rule, false);
			return { ok: true };
		},
		'options/set-rule': async (msg) => {
			await settings.setRule(msg.rule, msg.on);
			return { ok: true };
		},
		'cs/hint-control': async ({ type: _, ...msg }) => {
			await settings.control(msg);
			return { ok: true };
		},
		'cs/open-norms': async (msg) => {
			// Our own page, at that very norm; the norm is a fixed word from the protocol, not page text.
			await browser.tabs.create({ url: browser.runtime.getURL(normsPageUrl(msg.norm)) });
			return { ok: true };
		},
		'cs/remind': async ({ who, at, local }, sender) => {
			try {
				await scheduleReminder({ who, at, local, tabId: sender.tab?.id }, Date.now());
				return { ok: true };
			} catch (error) {
				return { ok: false, error: (error as Error).message };
			}
		},
		'options/set-settings': async (msg) => {
			try {
				await settings.set(msg.change);
				return { ok: true };
			} catch (error) {
				return { ok: false, error: (error as Error).message };
			}
		},
		'cs/identify-language': (msg) => ({ lang: identifyLanguage(msg.text) }),
		'cs/draft-seen': async (msg) => {
			// Counts only; kept in session storage (memory) for the popup and tests. The text never leaves the page.
			await session.set('lastDraft', {
				site: msg.site,
				editor: msg.editor,
				words: msg.words,
				chars: msg.chars,
				at: Date.now(),
			});
			return { ok: true };
		},
		'cs/record-stat': async (msg) => {
			await stats.record(msg.kind, msg.event);
			return { ok: true };
		},
		'options/import-preset': (msg) => norms.importPresetText(msg.text, msg.fileName),
		'options/use-builtin-preset': (msg) => norms.useBuiltin(msg.name),
		'options/clear-imported-preset': () => norms.clearImported(),
		'options/set-subscription': (msg) => norms.setSubscription(msg.url, msg.publicKey),
		'options/refresh-subscription': () => norms.refreshSubscription(),
		'options/set-personal': (msg) => norms.setPersonal(msg.overrides),
		'options/clear-stats': async () => {
			await stats.clear();
			return { ok: true };
		},
		'popup/site-status': (msg) => sites.status(msg.url),
		'popup/enable-site': (msg) => sites.enable(msg.url),
		'popup/disable-site': (msg) => sites.disable(msg.url),
		'popup/pause': (msg) => sites.pause(msg.minutes),
		'cs/self-check': ({ type: _, ...frame }, sender) =>
			selfCheck.report(sender.tab?.id, sender.frameId, frame),
		'popup/self-check': (msg) => selfCheck.frames(msg.tabId),
	};
}
