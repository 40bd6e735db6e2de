import { useState } from 'preact/hooks';
import { Settings } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';
import { useFormDraft } from '../shared/ui/use-form-draft.js';
import { useSettings } from './use-settings.js';

const delay = Settings.shape.typingDelayMs.unwrap();
const MIN = delay.minValue ?? 100;
const MAX = delay.maxValue ?? 3000;

/** How long typing must pause before a draft is checked; out-of-range values are refused, not saved. */
export function TypingDelay() {
	const [current, save] = useSettings();
	const text = useFormDraft(current && String(current.typingDelayMs), '');
	const [error, setError] = useState<string | null>(null);
	const [saved, setSaved] = useState(false);
	if (!current) return null;

	async function commit(value: string) {
		setSaved(false);
		const ms = Number(value);
		if (!/^\d+$/.test(value.trim()) || ms < MIN || ms > MAX) {
			setError(t('typingDelayInvalid', [MIN, MAX]));
			return;
		}
		setError(null);
		await save({ typingDelayMs: ms });
		text.settle();
		setSaved(true);
	}
	return (
		<div class="field row">
			<label for="typing-delay">{t('typingDelay')}</label>
			<input
				id="typing-delay"
				type="number"
				min={MIN}
				max={MAX}
				step={50}
				value={text.value}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby="typing-delay-help"
				onInput={(e) => text.edit(e.currentTarget.value)}
				onChange={(e) => commit(e.currentTarget.value)}
			/>
			<span id="typing-delay-help" class="small muted">
				{error ? (
					<span class="problem-text" role="alert">
						{error}
					</span>
				) : saved ? (
					t('saved')
				) : (
					t('typingDelayHelp', [MIN, MAX])
				)}
			</span>
		</div>
	);
}
