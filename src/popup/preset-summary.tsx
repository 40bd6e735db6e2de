import { nextStepFor } from '../core/norms/subscription-advice.js';
import type { EffectiveNorms } from '../shared/storage.js';
import { ago } from '../shared/ui/format.js';
import { LockIcon } from '../shared/ui/lock-icon.js';
import { t } from '../shared/ui/t.js';

/** The preset in force: its name, version and source, when the norms were last refreshed, and any problem. */
export function PresetSummary({ effective, now }: { effective: EffectiveNorms; now: number }) {
	const { preset, subscription, lastError } = effective;
	const refreshedAt = subscription?.lastSuccessAt ?? (effective.refreshedAt || null);
	return (
		<section class="preset" aria-labelledby="preset-name">
			<p class="preset-line">
				<strong id="preset-name">{preset.name}</strong> <span class="muted">v{preset.version}</span>{' '}
				<span class={`source source-${preset.source}`}>{t(`source_${preset.source}`)}</span>
				{effective.locked.length > 0 && <LockIcon />}
			</p>
			<p class="muted small" data-testid="refreshed">
				{subscription
					? refreshedAt
						? t('subscriptionRefreshed', [new URL(subscription.url).host, ago(refreshedAt, now)])
						: t('subscriptionNeverFetched', new URL(subscription.url).host)
					: refreshedAt
						? t('normsUpdated', ago(refreshedAt, now))
						: t('normsBuiltinOnly')}
			</p>
			{lastError && (
				<div class="problem" role="alert">
					<p data-testid="norms-error">
						{t(`problem_${lastError.source}`, [lastError.message, ago(lastError.at, now)])}
					</p>
					<p class="small" data-testid="norms-next-step">
						{t('nextStep', nextStepFor(lastError.message))}
					</p>
				</div>
			)}
		</section>
	);
}
