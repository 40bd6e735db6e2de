import { send } from '../../shared/messages.js';
import type { SelfCheckFrame, SelfCheckReading } from '../../shared/self-check.js';
import { handleTabMessage } from '../../shared/tab-messages.js';
import { pageSkeleton } from './page-skeleton.js';

/** 'read': the site's adapter read it; 'miss': the site is known but its adapter could not; 'neutral': neither. */
export type Outcome = 'read' | 'miss' | 'neutral';

export interface SelfCheckRecorder {
	/** A focus on an editor (or a reading of a calendar form), with what came of it. */
	record(reading: SelfCheckReading, outcome: Outcome, focused?: Element): void;
	/** The site this frame's page belongs to, once known (self-hosted apps become known by their composer). */
	setSite(site: string | null): void;
	frame(): SelfCheckFrame;
	/** The skeleton around the last focused editor (or the focused element), for the popup. */
	skeleton(): string;
}

export function createSelfCheckRecorder(
	surface: SelfCheckFrame['surface'],
	site: string | null,
	report: (frame: SelfCheckFrame) => void,
	doc: Document = document,
): SelfCheckRecorder {
	const frame: SelfCheckFrame = { surface, site, focuses: 0, misses: 0, readable: 0, last: null };
	let focused: WeakRef<Element> | undefined;
	const emit = () => {
		try {
			report({ ...frame });
		} catch {
			// The worker may be restarting: the next focus reports again.
		}
	};
	emit();
	return {
		record(reading, outcome, element) {
			frame.focuses += 1;
			if (outcome === 'miss') frame.misses += 1;
			if (outcome === 'read') frame.readable += 1;
			frame.last = reading;
			if (element) focused = new WeakRef(element);
			emit();
		},
		setSite(next) {
			if (frame.site === next) return;
			frame.site = next;
			emit();
		},
		frame: () => ({ ...frame }),
		skeleton() {
			const target = focused?.deref();
			const at = target?.isConnected ? target : (doc.activeElement ?? doc.body);
			const last = frame.last;
			return pageSkeleton(at ?? doc.documentElement, [
				'Unhurried page skeleton: structure only. Text is replaced by its length; names, emails, URLs and ids are left out.',
				`host: ${doc.location?.hostname ?? ''} · surface: ${surface} · site: ${frame.site ?? 'unknown'}`,
				`focuses: ${frame.focuses} · read: ${frame.readable} · missed: ${frame.misses}${
					last
						? ` · last: ${last.adapter}[${last.entry}] ${last.editor}${last.kind ? ` ${last.kind} (${last.source})` : ''}${last.unreadable.length ? ` unreadable: ${last.unreadable.join(', ')}` : ''}`
						: ''
				}`,
				'',
			]);
		},
	};
}

/** The recorder the content scripts use: reports go to the background, skeleton requests come from the popup. */
export function startSelfCheck(
	surface: SelfCheckFrame['surface'],
	site: string | null,
	signal: AbortSignal,
): SelfCheckRecorder {
	const recorder = createSelfCheckRecorder(surface, site, (frame) => {
		send({ type: 'cs/self-check', ...frame }).catch(() => {});
	});
	handleTabMessage('popup/page-skeleton', () => ({ skeleton: recorder.skeleton() }), signal);
	return recorder;
}
