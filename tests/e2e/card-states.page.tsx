/**
 * Page script for the card-states check: the real hint card and toast (HintsLayer with our stylesheet) drawn
 * into the page itself — not our closed shadow root — so axe-core can read them. Built by card-states.e2e.ts.
 */
import { h, render } from 'preact';
import type { HintCardProps } from '../../src/content/hints/hint-card.js';
import { HINTS_CSS } from '../../src/content/hints/hints-css.js';
import { HintsLayer } from '../../src/content/hints/hints-layer.js';
import type { Theme } from '../../src/content/hints/palette.js';
import type { Finding } from '../../src/core/finding.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { CARD_STATES } from './card-states-list.js';

declare global {
	interface Window {
		__show(state: string, theme: Theme): void;
		__states: string[];
	}
}

const DRAFT = 'Hi Kenji, can we talk tomorrow? I need the slide deck ASAP. Context: <the link>.';
const at = (s: string) => ({ start: DRAFT.indexOf(s), end: DRAFT.indexOf(s) + s.length });
const base = { severity: 'warning' as const, confidence: 0.9, norm: 'chat' as const };
const FINDINGS: Record<string, Finding> = {
	choices: {
		...base,
		kind: 'false_urgency',
		rule: 'false-urgency',
		span: at('ASAP'),
		message: '“ASAP” presses for speed without saying when',
		why: 'The reader can’t tell how soon is soon enough, so they interrupt their work; a time lets them plan.',
		fixes: ['By 2 pm', 'By end of day', 'By tomorrow morning', 'No rush'].map((label) => ({
			type: 'replace' as const,
			label,
			span: at('ASAP'),
			text: label === 'No rush' ? 'when you can' : label.toLowerCase(),
		})),
	},
	fillIn: {
		...base,
		kind: 'vague_ask',
		rule: 'vague-ask',
		span: at('can we talk'),
		message: 'Asks to talk without saying what about',
		why: 'A ping without the question leaves the reader waiting for it, often for hours.',
		fixes: [
			{
				type: 'fill-in',
				label: 'Say what about',
				prompt: 'Talk about what?',
				at: at('can we talk').end,
				before: ' about ',
				after: '',
			},
		],
	},
	placeholder: {
		...base,
		kind: 'leftover_placeholder',
		rule: 'leftover-placeholder',
		span: at('<the link>'),
		message: '“<the link>” is still a placeholder',
		why: 'The reader would get the template instead of your words, and has to ask what you meant.',
		fixes: [
			{
				type: 'fill-in',
				label: 'Fill it in',
				prompt: 'What goes in place of <the link>?',
				at: at('<the link>').start,
				replaces: 10,
				before: '',
				after: '',
			},
		],
	},
	outsideHours: {
		...base,
		norm: 'roster',
		severity: 'info',
		kind: 'outside_hours',
		rule: 'outside-hours',
		message: '21:04 for Kenji; they read after 10:00 (Asia/Tokyo).',
		why: 'Nobody is expected to reply in their evening or on their day off, so this waits for their morning: replies come within 2–4 h of working time.',
		fixes: [
			{
				type: 'schedule-send',
				label: 'Schedule for Kenji’s morning',
				at: Date.UTC(2026, 10, 28, 1),
				who: 'Kenji',
				local: '10:00',
			},
			{
				type: 'insert-template',
				label: 'Say it can wait',
				field: 'draft',
				text: 'No rush — this can wait until your working hours.',
			},
		],
	},
	pastedLink: {
		...base,
		kind: 'missing_context',
		rule: 'unresolved-reference',
		span: at('slide deck'),
		message: '“the slide deck” points at something the reader can’t see',
		why: 'The reader has to ask which one before they can answer.',
		fixes: [
			{
				type: 'fill-in',
				label: 'Say which one',
				prompt: 'Which “slide deck”? A link, ID or name',
				at: at('slide deck').end,
				before: ' (',
				after: ')',
			},
		],
	},
};
/** The schedule fix where the app has no scheduled send (Discord): the draft copied and a reminder set. */
FINDINGS.remind = FINDINGS.outsideHours as Finding;

const root = document.createElement('div');
document.body.append(root);
const style = document.createElement('style');
style.textContent = HINTS_CSS.replace(':host', ':root');
document.head.append(style);

function card(finding: Finding, theme: Theme, over: Partial<HintCardProps> = {}): HintCardProps {
	const noop = () => {};
	return {
		finding,
		draft: DRAFT,
		site: 'slack',
		index: 0,
		total: 2,
		norms: DEFAULT_NORMS,
		theme,
		anchor: { left: 40, top: 120, width: 600, height: 60 },
		services: { copy: async () => true, open: noop },
		onApply: async () => {},
		onLearnMore: noop,
		onDismiss: noop,
		onDisableRule: noop,
		onQuiet: noop,
		onSnooze: noop,
		onMove: noop,
		onClose: noop,
		...over,
	};
}

const toast = {
	text: '“ASAP” won’t be flagged again.',
	where: 'Change it in Options → Rules → Silenced phrases.',
	left: 40,
	bottom: 60,
	onUndo: () => {},
	onClose: () => {},
};

window.__states = CARD_STATES;
window.__show = (state, theme) => {
	document.body.style.background = theme === 'dark' ? '#1a1d21' : '#ffffff';
	document.body.style.color = theme === 'dark' ? '#d1d2d3' : '#1d1c1d'; // the test page's own heading
	render(null, root);
	const badge = {
		right: 640,
		bottom: 100,
		count: 0,
		severity: 'info' as const,
		status: 'paused',
		statusDetail: 'hints are paused; resume from the popup',
		onOpen: () => {},
	};
	const props =
		state === 'toast'
			? { theme, lines: [], toast }
			: state === 'paused'
				? { theme, lines: [], badge }
				: {
						theme,
						lines: [],
						card: card(
							FINDINGS[state === 'menu' ? 'choices' : state] as Finding,
							theme,
							state === 'remind'
								? {
										site: 'discord',
										services: { copy: async () => true, open: () => {}, remind: async () => true },
									}
								: {},
						),
					};
	render(h(HintsLayer, props), root);
};
