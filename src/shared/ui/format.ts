/** Small formatting helpers for our pages: response windows, times and ages in the reader's words. */
import { responseSpan } from '../../core/norms/explain.js';
import { t } from './t.js';

/** "2–4 h", "12 h", "real time". */
export function responseWindow(r: { minHours: number; maxHours: number }): string {
	const span = responseSpan(r);
	if (span.kind === 'real-time') return t('responseRealTime');
	return span.kind === 'up-to' ? t('responseHours', span.hours) : t('responseRange', [span.from, span.to]);
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago" (relative to `now`). */
export function ago(at: number, now: number): string {
	const minutes = Math.round((now - at) / 60_000);
	if (minutes < 1) return t('agoJustNow');
	if (minutes < 60) return t('agoMinutes', minutes);
	const hours = Math.round(minutes / 60);
	if (hours < 48) return t('agoHours', hours);
	return t('agoDays', Math.round(hours / 24));
}

/** A clock time for the reader: "14:05" in their locale. */
export function clock(at: number): string {
	return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** A date and time for the reader, e.g. "12 Mar, 14:05". */
export function dateTime(at: number): string {
	return new Date(at).toLocaleString(undefined, {
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
	});
}
