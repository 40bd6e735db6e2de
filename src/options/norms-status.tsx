import type { EffectiveNorms } from '../shared/storage.js';
import { dateTime } from '../shared/ui/format.js';
import { LockIcon } from '../shared/ui/lock-icon.js';
import { t } from '../shared/ui/t.js';
import { NormsList } from './norms-list.js';

/**
 * The norms in force: the preset, its source, the locks and every current problem, except the subscription's
 * own, which its section shows (each problem once on the page).
 */
export function NormsStatus({ effective }: { effective: EffectiveNorms }) {
	const { preset, locked } = effective;
	const problems = effective.problems.filter((p) => p.source !== 'subscription' || !effective.subscription);
	return (
		<div class="norms-status">
			<p>
				{t('inForce')} <strong data-testid="preset-name">{preset.name}</strong> v{preset.version}{' '}
				<span class={`source source-${preset.source}`}>{t(`source_${preset.source}`)}</span>
			</p>
			{locked.length > 0 && (
				<p data-testid="locked-fields">
					<LockIcon /> {t('lockedFields', locked.join(', '))}
				</p>
			)}
			<NormsList norms={effective.norms} />
			{problems.map((p) => (
				<p class="problem" role="alert" key={`${p.source}:${p.message}`}>
					{t(`problem_${p.source}`, [p.message, dateTime(p.at)])}
				</p>
			))}
		</div>
	);
}
