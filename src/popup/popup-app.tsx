import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.js';
import { pageView } from '../shared/storage.js';
import { responseWindow } from '../shared/ui/format.js';
import { t } from '../shared/ui/t.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';
import { ChannelTable } from './channel-table.js';
import { EmergencySection } from './emergency-section.js';
import { MeetingRules } from './meeting-rules.js';
import { NormsSection } from './norms-section.js';
import { PresetSummary } from './preset-summary.js';
import { RosterList } from './roster-list.js';
import { SelfCheckPanel } from './self-check-panel.js';
import { SiteStatusPanel } from './site-status.js';
import { type TargetTab, targetTab } from './target-tab.js';
import { WeeklyPicture } from './weekly-picture.js';

/** The popup: this site's status, the norms in force and where each came from, and the weekly picture. */
export function PopupApp({ now = Date.now() }: { now?: number }) {
	const version = browser.runtime.getManifest().version;
	const effective = useStorageItem(pageView.effectiveNorms);
	const [tab, setTab] = useState<TargetTab | undefined>(undefined);
	useEffect(() => {
		targetTab()
			.then(setTab)
			.catch(() => setTab({ url: null }));
	}, []);
	const open = (path: string) => {
		void browser.tabs.create({ url: browser.runtime.getURL(path) });
		window.close();
	};
	const norms = effective?.norms;
	return (
		<main class="popup">
			<header class="popup-header">
				<h1>{t('extName')}</h1>
				<span class="muted">v{version}</span>
			</header>
			{tab && <SiteStatusPanel tab={tab} now={now} />}
			{tab && <SelfCheckPanel tab={tab} />}
			{effective && norms && (
				<>
					<PresetSummary effective={effective} now={now} />
					<NormsSection
						id="channels"
						title={t('channelsHeading')}
						hint={t('chatReplyHint', responseWindow(norms.channels.chat.response))}
						effective={effective}
						path="channels"
					>
						<ChannelTable effective={effective} />
					</NormsSection>
					<NormsSection
						id="emergency"
						title={t('emergencyHeading')}
						hint={norms.emergency.channel.name}
						effective={effective}
						path="emergency"
					>
						<EmergencySection effective={effective} />
					</NormsSection>
					<NormsSection id="meetings" title={t('meetingsHeading')} effective={effective} path="meetings">
						<MeetingRules effective={effective} />
					</NormsSection>
					<NormsSection
						id="roster"
						title={t('rosterHeading')}
						hint={t('rosterCount', norms.roster.length)}
						effective={effective}
						path="roster"
					>
						<RosterList roster={norms.roster} now={now} />
					</NormsSection>
					<NormsSection id="week" title={t('weekHeading')}>
						<WeeklyPicture now={now} />
					</NormsSection>
				</>
			)}
			<p class="small muted" data-testid="shortcut">
				{t('popupShortcut')}
			</p>
			<footer class="actions">
				<button type="button" onClick={() => open('src/playground/index.html')}>
					{t('openPlayground')}
				</button>
				<button type="button" onClick={() => open('src/options/index.html')}>
					{t('openSettings')}
				</button>
			</footer>
		</main>
	);
}
