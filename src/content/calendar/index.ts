/**
 * Calendar content script (calendar.js): on Google Calendar and Outlook on the web, watches for an event editor
 * to open, and coaches meeting hygiene on it with the core's meeting rules and the shared hints view. It writes
 * to the page only when the person picks a fix. Our exceptions stay here: nothing we throw reaches the page.
 */
import type { Finding } from '../../core/finding.js';
import { isCalendarUrl } from '../../shared/calendar-hosts.js';
import { effectiveNorms, settings as settingsItem } from '../../shared/local-view.js';
import { send } from '../../shared/messages.js';
import { detectEditor } from '../editors/detect-editor.js';
import { turnRuleOff } from '../shared/hint-choices.js';
import { type Outcome, type SelfCheckRecorder, startSelfCheck } from '../shared/self-check-recorder.js';
import type { CalendarForm, CalendarSite } from './calendar-form.js';
import { attachCalendarForm, type CalendarEnv, type CalendarSession } from './calendar-session.js';
import { googleCalendar } from './sites/google-calendar.js';
import { outlook } from './sites/outlook.js';

const SITES: readonly CalendarSite[] = [googleCalendar, outlook];
/** The status mark on <html>: written for tests and tools, never read (the page could set it). */
const MARK = 'unhurriedCalendar';
/** The double-injection guard, in the isolated world where the page cannot reach (issue 11, finding 7). */
const STARTED = Symbol.for('unhurried.calendar');
/** How long DOM changes are gathered before looking for the editor again. */
const SCAN_MS = 150;

interface Current {
	form: CalendarForm;
	controller: AbortController;
	session: CalendarSession;
}

async function start(): Promise<void> {
	const world = globalThis as unknown as Record<symbol, unknown>;
	if (world[STARTED]) return; // injected twice (manifest plus a runtime registration)
	world[STARTED] = true;
	const root = document.documentElement;
	root.dataset[MARK] = 'loaded';
	// A calendar page the person turned on (a self-hosted Outlook on the web, /owa/…) is read as Outlook's.
	const site =
		SITES.find((s) => s.matches(location.hostname)) ?? (isCalendarUrl(location.href) ? outlook : undefined);
	if (!site) return;
	const controller = new AbortController();
	const { signal } = controller;
	const selfCheck = startSelfCheck('calendar', site.id, signal);
	addEventListener('pagehide', () => controller.abort(), { signal });

	let [norms, settings] = await Promise.all([effectiveNorms.get(), settingsItem.get()]);
	if (signal.aborted || settings.disabledHosts.includes(location.hostname)) return;
	let current: Current | undefined;

	const env: CalendarEnv = {
		norms: () => norms.norms,
		settings: () => settings,
		now: () => Date.now(),
		disableRule: (rule) => turnRuleOff(settings, rule, () => send({ type: 'cs/disable-rule', rule })),
		recordStat(finding: Finding, event) {
			send({ type: 'cs/record-stat', kind: finding.kind, event }).catch(() => {});
		},
	};

	effectiveNorms.watch((next) => {
		norms = next;
		current?.session.refresh();
	}, signal);
	settingsItem.watch((next) => {
		settings = next;
		if (next.disabledHosts.includes(location.hostname)) {
			current?.controller.abort();
			current = undefined;
		} else current?.session.refresh();
	}, signal);

	function scan(): void {
		try {
			if (settings.disabledHosts.includes(location.hostname)) return;
			const form = site?.find(document);
			const same =
				form &&
				current &&
				current.form.root === form.root &&
				current.form.description === form.description &&
				form.root.isConnected;
			if (same) return;
			current?.controller.abort();
			current = undefined;
			if (!form) return;
			const own = new AbortController();
			signal.addEventListener('abort', () => own.abort(), { once: true, signal: own.signal });
			current = { form, controller: own, session: attachCalendarForm(form, env, own.signal) };
			checkForm(selfCheck, form, form.root);
		} catch (error) {
			console.debug('[unhurried] calendar scan', error);
		}
	}

	// One observer for the page: it only notes that something was added or removed, and a timer gathers bursts.
	let timer: ReturnType<typeof setTimeout> | undefined;
	const observer = new MutationObserver((records) => {
		if (timer !== undefined) return;
		if (!records.some((r) => r.type === 'attributes' || r.addedNodes.length || r.removedNodes.length)) return;
		timer = setTimeout(() => {
			timer = undefined;
			scan();
		}, SCAN_MS);
	});
	observer.observe(document.body ?? root, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['data-viewfamily'],
	});
	signal.addEventListener(
		'abort',
		() => {
			observer.disconnect();
			clearTimeout(timer);
			current?.controller.abort();
		},
		{ once: true },
	);
	// A focus in a dialog or an editor while no form could be read counts against the adapter (self-check).
	addEventListener(
		'focusin',
		(event) => {
			const target = event.composedPath()[0];
			if (!(target instanceof HTMLElement) || settings.disabledHosts.includes(location.hostname)) return;
			if (current) return checkForm(selfCheck, current.form, target);
			const editable = target.isContentEditable || target instanceof HTMLTextAreaElement;
			if (!editable && !target.closest('[role="dialog"]')) return;
			selfCheck.record({ adapter: site.id, entry: -1, editor: 'none', unreadable: [] }, 'miss', target);
		},
		{ capture: true, passive: true, signal },
	);
	scan();
	send({ type: 'any/ping' })
		.then(() => {
			if (!signal.aborted) root.dataset[MARK] = 'connected';
		})
		.catch(() => {});
}

/** The self-check's reading of a form: entry, body editor, fields unreadable (a bubble's hidden ones are no miss). */
function checkForm(selfCheck: SelfCheckRecorder, form: CalendarForm, focused: Element): void {
	try {
		const { unreadable, unknown = [] } = form.read();
		const outcome: Outcome = unreadable.length === 0 ? 'read' : form.variant === 'quick' ? 'neutral' : 'miss';
		selfCheck.record(
			{
				adapter: `${form.site}:${form.variant}`,
				entry: form.entry ?? 0,
				editor: form.description ? (detectEditor(form.description)?.kind ?? 'none') : 'none',
				unreadable: [...unreadable, ...unknown.map((f) => `${f}?`)],
			},
			outcome,
			focused,
		);
	} catch (error) {
		console.debug('[unhurried] calendar self-check', error);
	}
}

start().catch((error) => console.debug('[unhurried] calendar script did not start', error));
