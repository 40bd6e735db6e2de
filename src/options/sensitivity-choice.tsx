import { Settings } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';
import { useSettings } from './use-settings.js';

const LEVELS = Settings.shape.sensitivity.unwrap().options;

/**
 * How readily hints are shown: the coach's thresholds for each kind. Quiet shows only what it is surest of,
 * thorough also what is likely; balanced is what the thresholds were chosen for.
 */
export function SensitivityChoice() {
	const [current, save] = useSettings();
	if (!current) return null;
	return (
		<fieldset class="field">
			<legend>{t('sensitivity')}</legend>
			{LEVELS.map((level) => (
				<label class="row" key={level}>
					<input
						type="radio"
						name="sensitivity"
						value={level}
						checked={current.sensitivity === level}
						onChange={() => save({ sensitivity: level })}
					/>
					<span>
						<strong>{t(`sensitivity_${level}`)}</strong>{' '}
						<span class="small muted">{t(`sensitivity_${level}_help`)}</span>
					</span>
				</label>
			))}
		</fieldset>
	);
}
