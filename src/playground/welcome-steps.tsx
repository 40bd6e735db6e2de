/**
 * The first-run greeting on the playground (issue 14, 4): what the underline colours mean, the shortcut, how to
 * pause or turn hints off, and a path to the team's norms. Shown until the person says "Got it", once per install.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/messages.js';
import { pageView, type Settings } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';

/** The underline of each family, as the hints draw them (content/hints/palette.ts), in words and a swatch. */
const COLOURS = [
	['#d9480f', 'welcomeColourUrgency'],
	['#c27c00', 'welcomeColourClarity'],
	['#1c6fd6', 'welcomeColourChannel'],
	['#7048e8', 'welcomeColourSensitive'],
	['#c92a2a', 'welcomeColourEmergency'],
] as const;

export function WelcomeSteps() {
	const [settings, setSettings] = useState<Settings>();
	useEffect(() => {
		const controller = new AbortController();
		void pageView.settings.get().then(setSettings);
		pageView.settings.watch(setSettings, controller.signal);
		return () => controller.abort();
	}, []);
	if (!settings || settings.onboarded) return null;
	return (
		<section class="welcome" aria-labelledby="welcome-heading">
			<h2 id="welcome-heading">{t('welcomeTitle')}</h2>
			<ol>
				<li>
					<strong>{t('welcomeColours')}</strong>
					<ul class="swatches">
						{COLOURS.map(([colour, key]) => (
							<li key={key}>
								<span class="swatch" style={{ background: colour }} aria-hidden="true" />
								{t(key)}
							</li>
						))}
					</ul>
				</li>
				<li>
					<strong>{t('welcomeShortcut')}</strong> <kbd>Alt+Shift+U</kbd> {t('welcomeShortcutHow')}
				</li>
				<li>
					<strong>{t('welcomePause')}</strong> {t('welcomePauseHow')}
				</li>
			</ol>
			<p>
				<a href="../options/index.html#norms" target="_blank" rel="noopener" data-testid="setup-norms">
					{t('welcomeNorms')}
				</a>{' '}
				<span class="muted">{t('welcomeNormsHow')}</span>
			</p>
			<button
				type="button"
				onClick={() => void send({ type: 'options/set-settings', change: { onboarded: true } })}
			>
				{t('welcomeDone')}
			</button>
		</section>
	);
}
