import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.js';
import { type SiteStatus, send } from '../shared/messages.js';
import { clock } from '../shared/ui/format.js';
import { t } from '../shared/ui/t.js';
import type { TargetTab } from './target-tab.js';

const HOUR_MINUTES = 60;

/** This site's status with its switch, and "pause for 1 hour". */
export function SiteStatusPanel({ tab, now }: { tab: TargetTab; now: number }) {
	const [status, setStatus] = useState<SiteStatus | undefined>(undefined);
	const [error, setError] = useState<string | null>(null);
	const [busy, setBusy] = useState(false);

	useEffect(() => {
		send({ type: 'popup/site-status', url: tab.url })
			.then(setStatus)
			.catch((e: Error) => setError(t('errorBackground', e.message)));
	}, [tab.url]);

	if (!status)
		return error ? (
			<p class="problem" role="alert">
				{error}
			</p>
		) : (
			<p class="muted">{t('loading')}</p>
		);

	async function run(action: () => Promise<{ ok: true; status: SiteStatus } | { ok: false; error: string }>) {
		setBusy(true);
		setError(null);
		try {
			const result = await action();
			if (result.ok) setStatus(result.status);
			else setError(result.error);
		} catch (e) {
			setError(t('errorBackground', (e as Error).message));
		} finally {
			setBusy(false);
		}
	}

	const url = tab.url ?? '';
	const enable = () =>
		run(async () => {
			if (status.state === 'available' && status.pattern) {
				// Asked here, in the click: the browser shows its prompt only for a user gesture.
				const granted = await browser.permissions.request({ origins: [status.pattern] });
				if (!granted) return { ok: false, error: t('siteAccessDenied', status.host ?? '') };
			}
			return send({ type: 'popup/enable-site', url });
		});
	const disable = () => run(() => send({ type: 'popup/disable-site', url }));
	const pause = (minutes: number) =>
		run(async () => {
			const result = await send({ type: 'popup/pause', minutes });
			return { ok: true, status: { ...status, pausedUntil: result.pausedUntil } };
		});

	const on = status.state === 'enabled' || (status.state === 'builtin' && !status.hostDisabled);
	const paused = status.pausedUntil > now;
	return (
		<section class="site" aria-labelledby="site-heading">
			<h2 id="site-heading" class="visually-hidden">
				{t('siteHeading')}
			</h2>
			<div class="site-row">
				<p class="site-state" data-testid="site-state">
					{status.state === 'unsupported' ? (
						<span class="muted">{t('siteUnsupported')}</span>
					) : (
						<>
							<span class={`dot ${on && !paused ? 'on' : 'off'}`} aria-hidden="true" />
							<span>{t(on ? 'siteOn' : 'siteOff', status.host ?? '')}</span>
						</>
					)}
				</p>
				{status.state !== 'unsupported' &&
					(on ? (
						<button type="button" disabled={busy} onClick={disable}>
							{t('siteTurnOff')}
						</button>
					) : (
						<button type="button" class="primary" disabled={busy} onClick={enable}>
							{t('siteTurnOn')}
						</button>
					))}
			</div>
			<div class="site-row">
				<p class="small muted" data-testid="pause-state">
					{paused ? t('pausedUntil', clock(status.pausedUntil)) : t('notPaused')}
				</p>
				{paused ? (
					<button type="button" disabled={busy} onClick={() => pause(0)}>
						{t('resume')}
					</button>
				) : (
					<button type="button" disabled={busy} onClick={() => pause(HOUR_MINUTES)}>
						{t('pauseHour')}
					</button>
				)}
			</div>
			{error && (
				<p class="problem" role="alert">
					{error}
				</p>
			)}
		</section>
	);
}
