import { useEffect, useState } from 'preact/hooks';
import { type RefreshOutcome, send } from '../shared/messages.js';
import type { EffectiveNorms } from '../shared/storage.js';
import { subscription as subscriptionItem } from '../shared/storage.js';
import { dateTime } from '../shared/ui/format.js';
import { t } from '../shared/ui/t.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';

const outcomeText = (r: RefreshOutcome) =>
	r.status === 'failed' ? t('refreshFailed', r.message ?? '') : t(`refresh_${r.status}`);

/** Subscribe to a team preset URL (optionally pinning a public key) and see how its last fetch went. */
export function SubscriptionForm({ effective }: { effective: EffectiveNorms }) {
	const state = useStorageItem(subscriptionItem);
	const status = effective.subscription;
	const managed = status?.managed === true;
	const [url, setUrl] = useState('');
	const [key, setKey] = useState('');
	const [error, setError] = useState<string | null>(null);
	const [note, setNote] = useState<string | null>(null);
	useEffect(() => {
		if (!state) return;
		setUrl(managed ? (status?.url ?? '') : (state.url ?? ''));
		setKey(state.publicKey ?? '');
	}, [state?.url, state?.publicKey, managed]);

	async function subscribe(event: Event) {
		event.preventDefault();
		setError(null);
		setNote(null);
		// The fetch is an ordinary CORS request; access to the host is asked for only when the person agrees.
		const result = await send({ type: 'options/set-subscription', url: url.trim() || null, publicKey: key });
		if (!result.ok) setError(result.error);
		else setNote(outcomeText(result.refresh));
	}
	async function refresh() {
		setError(null);
		setNote(outcomeText(await send({ type: 'options/refresh-subscription' })));
	}
	async function unsubscribe() {
		setUrl('');
		setKey('');
		const result = await send({ type: 'options/set-subscription', url: null });
		if (!result.ok) setError(result.error);
		else setNote(t('unsubscribed'));
	}

	return (
		<form class="stack" onSubmit={subscribe}>
			{managed && <p class="muted">{t('subscriptionManaged')}</p>}
			<div class="field">
				<label for="sub-url">{t('subscriptionUrl')}</label>
				<input
					id="sub-url"
					type="url"
					inputMode="url"
					placeholder="https://norms.example.com/team.json"
					value={url}
					disabled={managed}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={error ? 'sub-error' : undefined}
					onInput={(e) => setUrl(e.currentTarget.value)}
				/>
			</div>
			<div class="field">
				<label for="sub-key">{t('subscriptionKey')}</label>
				<input
					id="sub-key"
					type="text"
					spellcheck={false}
					value={key}
					disabled={managed}
					onInput={(e) => setKey(e.currentTarget.value)}
				/>
				<p class="small muted">{t('subscriptionKeyHelp')}</p>
			</div>
			<div class="row">
				{!managed && (
					<button type="submit" class="primary">
						{t('subscribe')}
					</button>
				)}
				{status && (
					<button type="button" onClick={refresh}>
						{t('refreshNow')}
					</button>
				)}
				{status && !managed && (
					<button type="button" onClick={unsubscribe}>
						{t('unsubscribe')}
					</button>
				)}
			</div>
			{error && (
				<p class="problem" role="alert" id="sub-error">
					{error}
				</p>
			)}
			{note && (
				<p class="ok" role="status">
					{note}
				</p>
			)}
			{status && (
				<dl class="facts" data-testid="subscription-status">
					<dt>{t('subscriptionSource')}</dt>
					<dd>
						{status.url} {status.pinned && <span class="source">{t('signedOnly')}</span>}
					</dd>
					<dt>{t('lastSuccess')}</dt>
					<dd>{status.lastSuccessAt ? dateTime(status.lastSuccessAt) : t('never')}</dd>
					{status.lastError && (
						<>
							<dt>{t('lastError')}</dt>
							<dd class="problem-text">
								{status.lastError.message} ({dateTime(status.lastError.at)})
							</dd>
						</>
					)}
				</dl>
			)}
		</form>
	);
}
