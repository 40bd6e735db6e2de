import type { EffectiveNorms } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';

/** The team's meeting rules, one line each. */
export function MeetingRules({ effective }: { effective: EffectiveNorms }) {
	const m = effective.norms.meetings;
	return (
		<ul class="tight">
			<li>{m.agendaRequired ? t('meetingAgendaRequired', m.agendaLeadHours) : t('meetingAgendaOptional')}</li>
			<li>{t('meetingMaxAttendees', m.maxRequiredAttendees)}</li>
			<li>{t('meetingDurations', [m.defaultDurationMin, m.longDurationMin])}</li>
			{m.recordAndSummarize && <li>{t('meetingRecord')}</li>}
			<li>{t('asyncTarget', effective.norms.asyncTargetPercent)}</li>
		</ul>
	);
}
