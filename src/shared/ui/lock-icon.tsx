import { t } from './t.js';

/** The lock mark shown next to a norm that enterprise policy locks. */
export function LockIcon() {
	return (
		<svg class="lock" role="img" aria-label={t('lockedByPolicy')} viewBox="0 0 16 16" width="12" height="12">
			<title>{t('lockedByPolicy')}</title>
			<path
				fill="currentColor"
				d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z"
			/>
		</svg>
	);
}
