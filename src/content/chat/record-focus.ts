/** The self-check's reading of one focus: which adapter and entry read the editor, its kind, where the kind came from. */

import type { SelfCheckRecorder } from '../shared/self-check-recorder.js';
import type { ComposerSession } from './composer-session.js';
import { generic } from './sites/generic.js';
import type { SiteAdapter } from './sites/site-adapter.js';

export function recordFocus(
	recorder: SelfCheckRecorder,
	element: HTMLElement,
	site: SiteAdapter,
	session: ComposerSession | undefined,
	hosted: SiteAdapter | undefined,
): void {
	try {
		if (site.selfHosted) recorder.setSite(site.id);
		else if (hosted) recorder.setSite(hosted.id);
		const optedOut = !session && element.closest('[data-enable-grammarly="false"]');
		const context = session ? site.channelContext(element) : undefined;
		const outcome =
			session && site !== generic ? 'read' : session && hosted && site === generic ? 'miss' : 'neutral';
		recorder.record(
			{
				adapter: site.id,
				entry: site.entryOf(element),
				editor: session ? session.adapter.kind : optedOut ? 'opted-out' : 'none',
				kind: context?.channelKind,
				source: context?.source,
				unreadable: [],
			},
			outcome,
			element,
		);
	} catch (error) {
		console.debug('[unhurried] self-check', error);
	}
}
