import type { ComponentChildren } from 'preact';
import { pageView } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';
import { ClearStats } from './clear-stats.js';
import { ExportNorms } from './export-norms.js';
import { ImportPreset } from './import-preset.js';
import { NormsStatus } from './norms-status.js';
import { PersonalOverrides } from './personal-overrides.js';
import { QuietedHints } from './quieted-hints.js';
import { RuleToggles } from './rule-toggles.js';
import { SensitivityChoice } from './sensitivity-choice.js';
import { SitesList } from './sites-list.js';
import { SubscriptionForm } from './subscription-form.js';
import { TypingDelay } from './typing-delay.js';

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
	return (
		<section class="card" id={id} aria-labelledby={`${id}-heading`}>
			<h2 id={`${id}-heading`}>{title}</h2>
			{children}
		</section>
	);
}

/** The options page: team norms for admins (import, subscribe, export), personal settings for everyone. */
export function OptionsApp() {
	const effective = useStorageItem(pageView.effectiveNorms);
	return (
		<main class="options">
			<h1>{t('optionsTitle')}</h1>
			<p class="muted">{t('optionsIntro')}</p>
			{effective && (
				<>
					<Section id="norms" title={t('normsHeading')}>
						<NormsStatus effective={effective} />
					</Section>
					<Section id="subscription" title={t('subscriptionHeading')}>
						<SubscriptionForm effective={effective} />
					</Section>
					<Section id="import" title={t('importHeading')}>
						<p>
							<a href="../builder/index.html" target="_blank" rel="noopener" data-testid="open-builder">
								{t('openBuilder')}
							</a>
							<br />
							<span class="small muted">{t('openBuilderHint')}</span>
						</p>
						<ImportPreset />
					</Section>
					<Section id="export" title={t('exportHeading')}>
						<ExportNorms effective={effective} />
					</Section>
					<Section id="personal" title={t('personalHeading')}>
						<PersonalOverrides effective={effective} />
					</Section>
				</>
			)}
			<Section id="rules" title={t('rulesHeading')}>
				<SensitivityChoice />
				<RuleToggles />
				<QuietedHints />
			</Section>
			<Section id="typing" title={t('typingHeading')}>
				<TypingDelay />
			</Section>
			<Section id="sites" title={t('sitesHeading')}>
				<SitesList />
			</Section>
			<Section id="stats" title={t('statsHeading')}>
				<ClearStats />
			</Section>
		</main>
	);
}
