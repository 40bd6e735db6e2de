import { useState } from 'preact/hooks';
import { nextStepFor } from '../core/norms/subscription-advice.js';
import { type RefreshOutcome, send } from '../shared/messages.js';
import type { EffectiveNorms } from '../shared/storage.js';
import { pageView } from '../shared/storage.js';
import { dateTime } from '../shared/ui/format.js';
import { t } from '../shared/ui/t.js';
import { useFormDraft } from '../shared/ui/use-form-draft.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';

const outcomeText = (r: RefreshOutcome) =>
	r.status === 'failed' ? t('refreshFailed', r.message ?? '') : t(`refresh_${r.status}`);

/** Subscribe to a team preset URL (optionally pinning a public key) and see how its last fetch went. */
export function SubscriptionForm({ effective }: { effective: EffectiveNorms }) {
	const state = useStorageItem(pageView.subscription);
	const status = effective.subscription;
	const managed = status?.managed === true;
	// What is stored fills the fields once it loads, unless the person has already started typing.
	const storedUrl = state && (managed ? (status?.url ?? '') : (state.url ?? ''));
	const url = useFormDraft(storedUrl, '');
	const key = useFormDraft(state && (state.publicKey ?? ''), '');
	const [error, setError] = useState<string | null>(null);
	const [outcome, setOutcome] = useState<RefreshOutcome | null>(null);
	const [note, setNote] = useState<string | null>(null);
	// The subscription's problems, each once: the last fetch's error and what the background noticed since.
	const troubles = [
		...(status?.lastError ? [status.lastError] : []),
		...effective.problems.filter((p) => p.source === 'subscription'),
	].filter((p, i, all) => all.findIndex((q) => q.message === p.message) === i);
	// A failed fetch is said by the status below once storage has it; the note says it only until then.
	const failedNote =
		outcome?.status === 'failed' && !troubles.some((p) => p.message === outcome.message)
			? outcomeText(outcome)
			: null;
	const show = (r: RefreshOutcome) => {
		setOutcome(r);
		setNote(r.status === 'failed' ? null : outcomeText(r));
	};

	/** Runs one request to the background; if it gets no answer, says so where the person looks. */
	async function asking(work: () => Promise<void>) {
		try {
			await work();
		} catch (failure) {
			setError(t('backgroundNoAnswer', (failure as Error).message ?? String(failure)));
		}
	}
	function subscribe(event: Event) {
		event.preventDefault();
		setError(null);
		setNote(null);
		setOutcome(null);
		return asking(async () => {
			// The fetch is an ordinary CORS request; access to the host is asked for only when the person agrees.
			const result = await send({
				type: 'options/set-subscription',
				url: url.value.trim() || null,
				publicKey: key.value,
			});
			if (!result.ok) setError(result.error);
			else {
				url.settle();
				key.settle();
				show(result.refresh);
			}
		});
	}
	function refresh() {
		setError(null);
		return asking(async () => show(await send({ type: 'options/refresh-subscription' })));
	}
	function unsubscribe() {
		url.settle('');
		key.settle('');
		return asking(async () => {
			const result = await send({ type: 'options/set-subscription', url: null });
			if (!result.ok) setError(result.error);
			else setNote(t('unsubscribed'));
		});
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
					value={url.value}
					disabled={managed}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={error ? 'sub-error' : undefined}
					onInput={(e) => url.edit(e.currentTarget.value)}
				/>
			</div>
			<div class="field">
				<label for="sub-key">{t('subscriptionKey')}</label>
				<input
					id="sub-key"
					type="text"
					spellcheck={false}
					value={key.value}
					disabled={managed}
					onInput={(e) => key.edit(e.currentTarget.value)}
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
			{(note ?? failedNote) && (
				<p class={note ? 'ok' : 'problem-text'} role="status">
					{note ?? failedNote}
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
					{troubles.length > 0 && <dt>{t(troubles.length === 1 ? 'lastError' : 'subscriptionProblems')}</dt>}
					{troubles.map((p) => (
						<dd key={p.message} class="problem-text">
							<div role="alert">
								{p.message} ({dateTime(p.at)})
								<br />
								<span class="small">{t('nextStep', nextStepFor(p.message))}</span>
							</div>
						</dd>
					))}
				</dl>
			)}
		</form>
	);
}
