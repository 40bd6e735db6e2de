/**
 * The norms a hint can cite, one entry each, with the id its "Learn more" opens: the page scrolls to that very
 * entry and marks it, so the person lands on the norm and not on a long page.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { NORM_REFS, normAnchor, normChip } from '../core/norms/explain.js';
import type { Norms } from '../core/norms/schema.js';
import { t } from '../shared/ui/t.js';

/** The id the address names (`#norm-channels.chat.response`), decoded; '' when none. */
const targetOf = (hash: string) => {
	try {
		return decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return '';
	}
};

export function NormsList({ norms }: { norms: Norms }) {
	const [target, setTarget] = useState(() => targetOf(location.hash));
	useLayoutEffect(() => {
		const onHash = () => setTarget(targetOf(location.hash));
		addEventListener('hashchange', onHash);
		return () => removeEventListener('hashchange', onHash);
	}, []);
	useLayoutEffect(() => {
		// getElementById, not querySelector: the id holds dots.
		const el = target ? document.getElementById(target) : null;
		if (!el?.classList.contains('norm')) return;
		el.scrollIntoView?.({ block: 'center' });
		el.focus({ preventScroll: true });
	}, [target]);
	return (
		<ul class="norm-list" aria-label={t('normsListLabel')}>
			{NORM_REFS.map((ref) => {
				const id = normAnchor(ref);
				return (
					<li key={ref} id={id} tabIndex={-1} class={id === target ? 'norm target' : 'norm'}>
						{normChip(ref, norms)}
					</li>
				);
			})}
		</ul>
	);
}
