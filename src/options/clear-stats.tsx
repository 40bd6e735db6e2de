import { useState } from 'preact/hooks';
import { send } from '../shared/messages.js';
import { t } from '../shared/ui/t.js';

/** Clears the local weekly stats, after a second click to confirm. */
export function ClearStats() {
	const [confirming, setConfirming] = useState(false);
	const [done, setDone] = useState(false);
	async function clear() {
		await send({ type: 'options/clear-stats' });
		setConfirming(false);
		setDone(true);
	}
	return (
		<div class="row">
			<p class="small muted">{t('statsHelp')}</p>
			{confirming ? (
				<>
					<button type="button" class="danger" onClick={clear}>
						{t('statsClearConfirm')}
					</button>
					<button type="button" onClick={() => setConfirming(false)}>
						{t('cancel')}
					</button>
				</>
			) : (
				<button
					type="button"
					onClick={() => {
						setDone(false);
						setConfirming(true);
					}}
				>
					{t('statsClear')}
				</button>
			)}
			{done && (
				<span class="ok" role="status">
					{t('statsCleared')}
				</span>
			)}
		</div>
	);
}
