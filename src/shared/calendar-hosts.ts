/**
 * Where the calendar script (calendar.js) belongs, shared by the calendar site adapters and the background's
 * runtime opt-in (which must register calendar.js, not the chat script, for a calendar origin).
 * Outlook on the web moved work accounts to outlook.cloud.microsoft (public code since 2025 lists it next to
 * outlook.office.com: ayoadvisors/meeting-cost packages/browser-extension/manifest.json).
 */
export const OUTLOOK_HOSTS: readonly string[] = [
	'outlook.office.com',
	'outlook.cloud.microsoft',
	'outlook.live.com',
	'outlook.office365.com',
];
export const GOOGLE_CALENDAR_HOSTS: readonly string[] = ['calendar.google.com'];

/**
 * True for a page the calendar script reads: a known calendar host, or (a self-hosted Outlook on the web, e.g.
 * Exchange's /owa/) a calendar path on any other host the person turns on.
 */
export function isCalendarUrl(url: string): boolean {
	try {
		const u = new URL(url);
		if (OUTLOOK_HOSTS.includes(u.hostname) || GOOGLE_CALENDAR_HOSTS.includes(u.hostname)) return true;
		return /^\/(?:owa\/(?:.*\/)?)?calendar(?:\/|$)/i.test(u.pathname);
	} catch {
		return false;
	}
}
