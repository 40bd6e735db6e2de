import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/messages.js';
import { cannotRead, type SelfCheckFrame } from '../shared/self-check.js';
import { sendToTab } from '../shared/tab-messages.js';
import { t } from '../shared/ui/t.js';
import type { TargetTab } from './target-tab.js';

type Frame = SelfCheckFrame & { frameId: number };
/** A skeleton is short by construction; anything longer is not ours to show. */
const MAX_SKELETON = 100_000;

/**
 * The self-check: when a site Unhurried knows gave it no readable composer or form for a few focuses, says so, and
 * offers the page's skeleton (structure only, shown here first) for the person to copy into a bug report.
 * Nothing is sent anywhere: copying puts it on the clipboard, and only when the person clicks.
 */
export function SelfCheckPanel({ tab }: { tab: TargetTab }) {
	const [frames, setFrames] = useState<Frame[] | undefined>(undefined);
	const [skeleton, setSkeleton] = useState<string | null>(null);
	const [note, setNote] = useState<string | null>(null);

	useEffect(() => {
		if (tab.id === undefined) return;
		send({ type: 'popup/self-check', tabId: tab.id })
			.then((r) => setFrames(r.frames))
			.catch(() => setFrames([]));
	}, [tab.id]);

	const stuck = frames?.find(cannotRead);
	if (!stuck || tab.id === undefined) return null;
	const tabId = tab.id;

	async function show() {
		setNote(null);
		try {
			const answer = await sendToTab(
				tabId,
				{ type: 'popup/page-skeleton' },
				{ frameId: stuck?.frameId ?? 0 },
			);
			const text = answer?.skeleton;
			if (typeof text === 'string' && text.length <= MAX_SKELETON) setSkeleton(text);
			else setNote(t('selfCheckNoSkeleton'));
		} catch {
			setNote(t('selfCheckNoSkeleton'));
		}
	}

	async function copy() {
		if (skeleton === null) return;
		try {
			await navigator.clipboard.writeText(skeleton);
			setNote(t('selfCheckCopied'));
		} catch (e) {
			setNote(t('selfCheckCopyFailed', (e as Error).message));
		}
	}

	return (
		<section class="self-check" aria-labelledby="self-check-heading" data-testid="self-check">
			<h2 id="self-check-heading">{t('selfCheckCantRead')}</h2>
			<p class="small">{t('selfCheckDetail', [stuck.site ?? '', stuck.misses])}</p>
			{skeleton === null ? (
				<button type="button" onClick={show}>
					{t('selfCheckShowSkeleton')}
				</button>
			) : (
				<>
					<p class="small muted">{t('selfCheckSkeletonNote')}</p>
					<pre class="skeleton" data-testid="skeleton">
						{skeleton}
					</pre>
					<button type="button" class="primary" onClick={copy}>
						{t('selfCheckCopy')}
					</button>
				</>
			)}
			{note && (
				<p class="small" role="status">
					{note}
				</p>
			)}
		</section>
	);
}
