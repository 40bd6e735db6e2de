import { type EffectiveNorms, pageView } from '../shared/storage.js';
import { downloadJson, slug } from '../shared/ui/download.js';
import { t } from '../shared/ui/t.js';

/** Export the effective norms (a complete preset, ready to import or publish) or the personal overrides. */
export function ExportNorms({ effective }: { effective: EffectiveNorms }) {
	const exportEffective = () => downloadJson(`${slug(effective.norms.name)}.json`, effective.norms);
	const exportPersonal = async () =>
		downloadJson('unhurried-personal.json', await pageView.personalOverrides.get());
	return (
		<div class="row">
			<button type="button" onClick={exportEffective}>
				{t('exportEffective')}
			</button>
			<button type="button" onClick={exportPersonal}>
				{t('exportPersonal')}
			</button>
		</div>
	);
}
