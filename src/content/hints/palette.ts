/**
 * How each finding kind looks: its family, underline and label, and the card's colours per page theme.
 * Plain data so the contrast of every text pair can be checked by a test.
 */
import type { FindingKind, Severity } from '../../core/finding.js';

export type Theme = 'light' | 'dark';
export type KindFamily = 'urgency' | 'emergency' | 'clarity' | 'channel' | 'sensitive';

export const KIND_FAMILY: Record<FindingKind, KindFamily> = {
	false_urgency: 'urgency',
	true_urgency: 'emergency',
	vague_ask: 'clarity',
	missing_context: 'clarity',
	suggest_doc: 'channel',
	suggest_video: 'channel',
	sensitive: 'sensitive',
	no_agenda: 'clarity',
	late_agenda: 'clarity',
	no_goal: 'clarity',
	could_be_async: 'channel',
	too_many_attendees: 'channel',
	long_meeting: 'channel',
	outside_hours: 'urgency',
	leftover_placeholder: 'clarity',
};

export const KIND_LABEL: Record<FindingKind, string> = {
	false_urgency: 'Urgency',
	true_urgency: 'Real emergency?',
	vague_ask: 'Vague ask',
	missing_context: 'Missing context',
	suggest_doc: 'Better as a doc',
	suggest_video: 'Better as a video',
	sensitive: 'Sensitive',
	no_agenda: 'No agenda',
	late_agenda: 'Late agenda',
	no_goal: 'No goal',
	could_be_async: 'Could be async',
	too_many_attendees: 'Many attendees',
	long_meeting: 'Long meeting',
	outside_hours: 'Outside hours',
	leftover_placeholder: 'Placeholder left',
};

export interface Underline {
	style: 'wavy' | 'solid' | 'dotted';
	/** Line thickness in CSS px. */
	thickness: number;
	color: Record<Theme, string>;
}

/** Underlines readable on light and dark pages; the strongest (emergency) is solid and thicker. */
export const UNDERLINE: Record<KindFamily, Underline> = {
	urgency: { style: 'wavy', thickness: 1, color: { light: '#d9480f', dark: '#ff922b' } },
	emergency: { style: 'solid', thickness: 2.5, color: { light: '#c92a2a', dark: '#ff6b6b' } },
	clarity: { style: 'wavy', thickness: 1, color: { light: '#c27c00', dark: '#fcc419' } },
	channel: { style: 'dotted', thickness: 1.5, color: { light: '#1c6fd6', dark: '#74c0fc' } },
	sensitive: { style: 'wavy', thickness: 1, color: { light: '#7048e8', dark: '#b197fc' } },
};

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

export interface Palette {
	bg: string;
	fg: string;
	muted: string;
	border: string;
	surface: string;
	accent: string;
	/** Text on an accent-filled button. */
	accentFg: string;
	shadow: string;
}

/** Text pairs (fg/muted/accent on bg and surface, accentFg on accent) keep a contrast of at least 4.5:1. */
export const PALETTE: Record<Theme, Palette> = {
	light: {
		bg: '#ffffff',
		fg: '#1d1f23',
		muted: '#545b68',
		border: '#d5d9e0',
		surface: '#f3f5f8',
		accent: '#2456c7',
		accentFg: '#ffffff',
		shadow: '0 6px 24px rgb(16 24 40 / 0.16), 0 1px 3px rgb(16 24 40 / 0.12)',
	},
	dark: {
		bg: '#22252b',
		fg: '#e8eaee',
		muted: '#aab1bd',
		border: '#3d424d',
		surface: '#2c3038',
		accent: '#9dbcff',
		accentFg: '#10141c',
		shadow: '0 6px 24px rgb(0 0 0 / 0.5), 0 1px 3px rgb(0 0 0 / 0.4)',
	},
};

/** The badge pill by the highest severity: white text on a saturated fill works on any page. */
export const BADGE: Record<Severity, { bg: string; fg: string }> = {
	info: { bg: '#2456c7', fg: '#ffffff' },
	warning: { bg: '#a94b00', fg: '#ffffff' },
	critical: { bg: '#c0262d', fg: '#ffffff' },
};
