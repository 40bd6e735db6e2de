/**
 * The background: owns the team's norms (sources, precedence, subscription refresh) and the person's settings
 * in the trusted store, publishes what readers need and restores it when anything else writes it, answers
 * typed messages, keeps local stats, runs storage migrations once per install or update. The worker can be
 * stopped at any moment (Chrome's service worker, Firefox's event page): nothing lives only in memory, and
 * every listener is registered synchronously at the top level so a woken worker gets its event.
 */
import browser from '../shared/browser.js';
import { handleMessages } from '../shared/messages.js';
import { registerCommands } from './commands.js';
import { createHandlers } from './handlers.js';
import { runMigrations } from './migrations.js';
import { createNormsService } from './norms/norms-service.js';
import { registerReminders } from './reminders.js';
import { createSelfCheckStore, forgetClosedTabs } from './self-check-store.js';
import { createSettingsService } from './settings-service.js';
import { createSiteAccess } from './site-access.js';
import { createStatsService } from './stats-service.js';
import { createViews, restrictSessionStorage } from './views.js';

/** Subscriptions are refreshed this often, besides on install and browser start. */
export const REFRESH_ALARM = 'unhurried:refresh-subscription';
export const REFRESH_PERIOD_MINUTES = 4 * 60;

const norms = createNormsService({ now: Date.now, allowLoopback: __DEV__ });
const stats = createStatsService({ now: Date.now });
const settings = createSettingsService();
const sites = createSiteAccess({ now: Date.now, settings });
const views = createViews({ recompute: () => norms.recompute() });

const selfCheck = createSelfCheckStore();

handleMessages(createHandlers(norms, stats, settings, sites, views, selfCheck));
forgetClosedTabs(selfCheck);

// A site's access removed from the browser's own menu ends its opt-in (registration and settings entry).
browser.permissions.onRemoved.addListener(({ origins }) => void sites.permissionRemoved(origins ?? []));
registerCommands();
registerReminders();

async function ensureAlarm() {
	if (!(await browser.alarms.get(REFRESH_ALARM)))
		await browser.alarms.create(REFRESH_ALARM, {
			delayInMinutes: REFRESH_PERIOD_MINUTES,
			periodInMinutes: REFRESH_PERIOD_MINUTES,
		});
}

browser.runtime.onInstalled.addListener(({ reason }) => {
	void (async () => {
		if (reason === 'install' || reason === 'update') await runMigrations();
		// The first-run steps are for a new install; someone updating has seen Unhurried already.
		if (reason === 'update') await settings.set({ onboarded: true });
		await views.publishAll();
		await ensureAlarm();
		await norms.refreshSubscription();
	})();
	if (reason === 'install')
		void browser.tabs.create({ url: browser.runtime.getURL('src/playground/index.html') });
});

browser.runtime.onStartup.addListener(() => {
	void ensureAlarm();
	void norms.refreshSubscription();
});

browser.alarms.onAlarm.addListener((alarm) => {
	if (alarm.name === REFRESH_ALARM) void norms.refreshSubscription();
});

browser.storage.onChanged.addListener((changes, area) => {
	if (area === 'managed') {
		// A new policy URL or key is fetched at once (which recomputes); other policy changes only recompute.
		if ('subscriptionUrl' in changes || 'subscriptionPublicKey' in changes) void norms.refreshSubscription();
		else void norms.recompute();
	} else if (area === 'local')
		// What content scripts read is ours: a change we did not make (a content script that was taken over) is undone.
		void views.onLocalChanged(changes).catch((error) => console.debug('[unhurried] views', error));
});

// A worker woken by anything makes sure the views exist and are ours (first run, a new browser session).
void restrictSessionStorage().then(() =>
	views.ensure().catch((error) => console.debug('[unhurried] views', error)),
);
