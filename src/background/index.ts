/**
 * The background: owns the team's norms (sources, precedence, subscription refresh), answers typed
 * messages, keeps local stats, runs storage migrations once per install or update. Listeners are
 * registered synchronously at the top level so a woken service worker gets its event.
 */
import browser from '../shared/browser.js';
import { handleMessages } from '../shared/messages.js';
import { effectiveNorms } from '../shared/storage.js';
import { registerCommands } from './commands.js';
import { createHandlers } from './handlers.js';
import { runMigrations } from './migrations.js';
import { createNormsService } from './norms/norms-service.js';
import { createSelfCheckStore, forgetClosedTabs } from './self-check-store.js';
import { createSiteAccess } from './site-access.js';
import { createStatsService } from './stats-service.js';

/** Subscriptions are refreshed this often, besides on install and browser start. */
export const REFRESH_ALARM = 'unhurried:refresh-subscription';
export const REFRESH_PERIOD_MINUTES = 4 * 60;

const norms = createNormsService({ now: Date.now, allowLoopback: __DEV__ });
const stats = createStatsService({ now: Date.now });
const sites = createSiteAccess({ now: Date.now });

const selfCheck = createSelfCheckStore();

handleMessages(createHandlers(norms, stats, sites, selfCheck));
forgetClosedTabs(selfCheck);

// A site's access removed from the browser's own menu ends its opt-in (registration and settings entry).
browser.permissions.onRemoved.addListener(({ origins }) => void sites.permissionRemoved(origins ?? []));
registerCommands();

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
		await norms.recompute();
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

/** Sources the background reads: any change to them (or to policy) recomputes the effective norms. */
const SOURCE_KEYS = new Set(['subscription', 'importedPreset', 'personalOverrides']);
browser.storage.onChanged.addListener((changes, area) => {
	if (area === 'managed') {
		// A new policy URL or key is fetched at once (which recomputes); other policy changes only recompute.
		if ('subscriptionUrl' in changes || 'subscriptionPublicKey' in changes) void norms.refreshSubscription();
		else void norms.recompute();
	} else if (area === 'local' && Object.keys(changes).some((k) => SOURCE_KEYS.has(k))) void norms.recompute();
});

// A worker woken by a message or an alarm makes sure the stored norms exist (first run, cleared storage).
void effectiveNorms.get().then((e) => (e.refreshedAt === 0 ? norms.recompute() : undefined));
