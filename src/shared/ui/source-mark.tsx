import type { EffectiveNorms } from '../storage.js';
import { LockIcon } from './lock-icon.js';
import { isLockedUnder, sourcesOf } from './norm-source.js';
import { t } from './t.js';

/** Which source set a norm (policy, team subscription, file, personal, built-in), and a lock mark if locked. */
export function SourceMark({ effective, path }: { effective: EffectiveNorms; path: string }) {
	const sources = sourcesOf(effective, path);
	const locked = isLockedUnder(effective, path);
	return (
		<span class="source-mark">
			{sources.map((s) => (
				<span key={s} class={`source source-${s}`} title={t('sourceTitle', t(`source_${s}`))}>
					{t(`source_${s}`)}
				</span>
			))}
			{locked && <LockIcon />}
		</span>
	);
}
