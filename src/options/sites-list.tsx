import { useState } from 'preact/hooks';
import browser from '../shared/browser.js';
import { originPattern } from '../shared/match-pattern.js';
import { send } from '../shared/messages.js';
import { t } from '../shared/ui/t.js';
import { useSettings } from './use-settings.js';

const patternUrl = (pattern: string) => pattern.replace(/\*$/, '');

/** The built-in chat sites, the sites turned on at run time, and the ones turned off; add or remove one. */
export function SitesList() {
	const [current] = useSettings();
	const [address, setAddress] = useState('');
	const [error, setError] = useState<string | null>(null);
	if (!current) return null;
	const builtin = (browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []);

	async function act(run: () => Promise<{ ok: boolean; error?: string }>) {
		setError(null);
		try {
			const result = await run();
			if (!result.ok) setError(result.error ?? '');
		} catch (e) {
			setError(t('errorBackground', (e as Error).message));
		}
	}
	async function add(event: Event) {
		event.preventDefault();
		const withScheme = /^[a-z]+:\/\//i.test(address.trim()) ? address.trim() : `https://${address.trim()}`;
		const pattern = originPattern(withScheme);
		if (!pattern) {
			setError(t('siteAddressInvalid'));
			return;
		}
		await act(async () => {
			// Asked in the click; the background then registers the content script for this origin.
			if (!(await browser.permissions.request({ origins: [pattern] })))
				return { ok: false, error: t('siteAccessDenied', new URL(withScheme).hostname) };
			const result = await send({ type: 'popup/enable-site', url: withScheme });
			if (result.ok) setAddress('');
			return result;
		});
	}

	return (
		<div class="stack">
			<ul class="sites" aria-label={t('sitesBuiltin')}>
				{builtin.map((p) => {
					const host = new URL(patternUrl(p).replace('*.', '')).hostname;
					const off = current.disabledHosts.includes(host);
					return (
						<li key={p}>
							<code>{p}</code> <span class="muted">{t(off ? 'siteStateOff' : 'siteStateBuiltin')}</span>
							{off && (
								<button
									type="button"
									onClick={() => act(() => send({ type: 'popup/enable-site', url: `https://${host}/` }))}
								>
									{t('siteTurnOn')}
								</button>
							)}
						</li>
					);
				})}
				{current.sites.map((p) => (
					<li key={p}>
						<code>{p}</code> <span class="muted">{t('siteStateRuntime')}</span>
						<button
							type="button"
							onClick={() => act(() => send({ type: 'popup/disable-site', url: patternUrl(p) }))}
						>
							{t('siteRemove')}
						</button>
					</li>
				))}
				{current.disabledHosts
					.filter((h) => !builtin.some((p) => patternUrl(p).includes(h)))
					.map((h) => (
						<li key={h}>
							<code>{h}</code> <span class="muted">{t('siteStateOff')}</span>
						</li>
					))}
			</ul>
			<form class="row" onSubmit={add}>
				<label for="site-address">{t('siteAdd')}</label>
				<input
					id="site-address"
					type="text"
					inputMode="url"
					placeholder="chat.example.com"
					value={address}
					onInput={(e) => setAddress(e.currentTarget.value)}
				/>
				<button type="submit">{t('siteAddButton')}</button>
			</form>
			{error && (
				<p class="problem" role="alert">
					{error}
				</p>
			)}
		</div>
	);
}
