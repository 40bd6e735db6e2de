import type { PresetError } from '../core/norms/preset-errors.js';
import { t } from '../shared/ui/t.js';

/** A preset's problems, each next to its JSON path. */
export function ErrorList({ errors, id }: { errors: readonly PresetError[]; id?: string }) {
	if (errors.length === 0) return null;
	return (
		<div class="problem" role="alert" id={id}>
			<p>{t('presetInvalid', errors.length)}</p>
			<ul class="errors">
				{errors.map((e) => (
					<li key={`${e.path}:${e.message}`}>
						<code>{e.path}</code> {e.message}
					</li>
				))}
			</ul>
		</div>
	);
}
