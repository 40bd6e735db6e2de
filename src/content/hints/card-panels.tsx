/** The card's panels (emergency protocol, 1:1 guidance, notices) and the fix buttons' tooltips. */
import type { JSX } from 'preact';
import type { Finding, Fix } from '../../core/finding.js';
import type { Norms } from '../../core/norms/schema.js';
import { t } from '../../shared/ui/t.js';
import { type ChannelServices, type Notice, responseWindow } from './channel-actions.js';

export type Panel =
	| { type: 'emergency' }
	| { type: 'one-on-one' }
	| { type: 'notice'; notice: Notice }
	| { type: 'schedule'; at: number; who: string; site: string | undefined; remindAt?: string | undefined };

/** How to send it when the reader's day starts: the app's own scheduled send, else the draft was copied. */
function scheduleText(p: Extract<Panel, { type: 'schedule' }>): string {
	const when = new Date(p.at).toLocaleString(undefined, {
		weekday: 'short',
		hour: 'numeric',
		minute: '2-digit',
	});
	if (p.remindAt) return t('scheduleRemind', [when, p.who, p.remindAt]);
	const key = p.site === 'slack' ? 'scheduleSlack' : p.site === 'teams' ? 'scheduleTeams' : 'scheduleCopy';
	return t(key, [when, p.who]);
}

export function PanelView({
	panel,
	norms,
	finding,
}: {
	panel: Panel;
	norms: Norms;
	finding: Finding;
}): JSX.Element {
	if (panel.type === 'schedule')
		return (
			<p class="panel" role="status">
				{scheduleText(panel)}
			</p>
		);
	if (panel.type === 'notice')
		return (
			<div class="notice" role="status">
				{panel.notice.text}
				{panel.notice.manualCopy !== undefined && (
					<textarea class="manual" readOnly aria-label="Text to copy" value={panel.notice.manualCopy} />
				)}
			</div>
		);
	if (panel.type === 'one-on-one')
		return (
			<div class="panel" role="status">
				<p>{t('cardOneOnOne')}</p>
				{norms.channels.meeting.bestFor.length > 0 && (
					<p>{t('cardMeetsLive', norms.channels.meeting.bestFor.join('; '))}</p>
				)}
			</div>
		);
	const fix = finding.fixes.find((f) => f.type === 'use-emergency-channel');
	const { channel, counts } = norms.emergency;
	return (
		<section class="panel" aria-label="Emergency protocol">
			<p>
				<strong>{t('cardEmergencyWhat')}</strong>
			</p>
			<ul>
				{counts.map((c) => (
					<li key={c}>{c}</li>
				))}
			</ul>
			<p>
				<strong>{t('cardEmergencyWhere')}</strong> {channel.name || fix?.channel}
			</p>
			<p>{channel.how || fix?.how}</p>
			<p>{t('cardEmergencyElse', responseWindow(norms, 'chat'))}</p>
		</section>
	);
}

export function fixTitle(fix: Fix, norms: Norms): string | undefined {
	if (fix.type === 'replace' || fix.type === 'rewrite') return `Replace with: ${fix.text}`;
	if (fix.type === 'open-doc' || fix.type === 'record-video') {
		const kind = fix.type === 'open-doc' ? 'doc' : 'video';
		const tool = norms.tools[kind];
		return t(kind === 'doc' ? 'cardTitleDoc' : 'cardTitleVideo', [
			tool ? t('cardTitleOpens', tool.name) : '',
			responseWindow(norms, kind),
		]);
	}
	return undefined;
}

type ScheduleFix = Extract<Fix, { type: 'schedule-send' }>;

/**
 * The schedule-send fix: where the app has its own scheduled send (Slack, Teams) the card says how; elsewhere
 * the draft goes to the clipboard and the worker reminds the person at the reader's morning (name and time
 * only). A reminder that could not be set leaves the plain "send it at …".
 */
export async function scheduleLater(
	fix: ScheduleFix,
	props: { site?: string | undefined; draft: string; services: ChannelServices },
): Promise<Panel> {
	const panel: Panel = { type: 'schedule', at: fix.at, who: fix.who, site: props.site };
	if (props.site === 'slack' || props.site === 'teams') return panel;
	const copied = await props.services.copy(props.draft);
	const reminded =
		copied && fix.local && props.services.remind
			? await props.services.remind({ who: fix.who, at: fix.at, local: fix.local })
			: false;
	return reminded ? { ...panel, remindAt: fix.local } : panel;
}
