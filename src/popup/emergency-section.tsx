import type { EffectiveNorms } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';

/** What counts as an emergency, and where it goes. */
export function EmergencySection({ effective }: { effective: EffectiveNorms }) {
	const { counts, channel } = effective.norms.emergency;
	return (
		<div class="emergency">
			<p>
				<strong>{t('emergencyGoTo')}</strong> <span data-testid="emergency-channel">{channel.name}</span>{' '}
				<span class="muted">({t(`emergencyKind_${channel.kind}`)})</span>
			</p>
			<p>{channel.how}</p>
			<p class="small muted">{t('emergencyCounts')}</p>
			<ul class="tight">
				{counts.map((c) => (
					<li key={c}>{c}</li>
				))}
			</ul>
		</div>
	);
}
