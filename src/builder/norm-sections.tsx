/** The builder's sections for the norms themselves: channels, the emergency route, meetings, thresholds. */
import type { PresetError } from '../core/norms/preset-errors.js';
import { t } from '../shared/ui/t.js';
import type { Draft, SetField } from './draft.js';
import { CheckField, ListField, NumberField, Section, SelectField, TextField } from './fields.js';

export interface SectionProps {
	draft: Draft;
	errors: readonly PresetError[];
	set: SetField;
}

const CHANNELS = ['chat', 'doc', 'video', 'meeting'] as const;

export function ChannelsSection(props: SectionProps) {
	return (
		<Section id="b-channels" title={t('channelsHeading')} intro={t('bChannelsIntro')}>
			<div class="columns">
				{CHANNELS.map((id) => (
					<fieldset key={id} class="sub">
						<legend>{t(`bChannel_${id}`)}</legend>
						<TextField {...props} label={t('bLabel')} path={['channels', id, 'label']} />
						<div class="row">
							<NumberField
								{...props}
								label={t('bMinHours')}
								path={['channels', id, 'response', 'minHours']}
								unit="h"
							/>
							<NumberField
								{...props}
								label={t('bMaxHours')}
								path={['channels', id, 'response', 'maxHours']}
								unit="h"
							/>
						</div>
						<ListField
							{...props}
							label={t('bBestFor')}
							path={['channels', id, 'bestFor']}
							hint={t('bOnePerLine')}
						/>
					</fieldset>
				))}
			</div>
		</Section>
	);
}

export function EmergencySection(props: SectionProps) {
	const kinds = (['pager', 'phone', 'chat', 'other'] as const).map((k) => ({
		value: k,
		label: t(`bEmergencyKind_${k}`),
	}));
	return (
		<Section id="b-emergency" title={t('emergencyHeading')} intro={t('bEmergencyIntro')}>
			<ListField
				{...props}
				label={t('bEmergencyCounts')}
				path={['emergency', 'counts']}
				hint={t('bOnePerLine')}
				rows={4}
			/>
			<div class="row">
				<SelectField
					{...props}
					label={t('bEmergencyKind')}
					path={['emergency', 'channel', 'kind']}
					options={kinds}
				/>
				<TextField {...props} label={t('bEmergencyName')} path={['emergency', 'channel', 'name']} />
			</div>
			<TextField {...props} label={t('bEmergencyHow')} path={['emergency', 'channel', 'how']} />
		</Section>
	);
}

export function MeetingsSection(props: SectionProps) {
	return (
		<Section id="b-meetings" title={t('meetingsHeading')}>
			<CheckField {...props} label={t('bAgendaRequired')} path={['meetings', 'agendaRequired']} />
			<CheckField {...props} label={t('bRecord')} path={['meetings', 'recordAndSummarize']} />
			<div class="columns">
				<NumberField {...props} label={t('bAgendaLead')} path={['meetings', 'agendaLeadHours']} unit="h" />
				<NumberField {...props} label={t('bMaxAttendees')} path={['meetings', 'maxRequiredAttendees']} />
				<NumberField
					{...props}
					label={t('bDefaultDuration')}
					path={['meetings', 'defaultDurationMin']}
					unit="min"
				/>
				<NumberField
					{...props}
					label={t('bLongDuration')}
					path={['meetings', 'longDurationMin']}
					unit="min"
				/>
			</div>
		</Section>
	);
}

export function ThresholdsSection(props: SectionProps) {
	return (
		<Section id="b-thresholds" title={t('bThresholdsHeading')} intro={t('bThresholdsIntro')}>
			<div class="columns">
				<NumberField {...props} label={t('bDocWords')} path={['thresholds', 'docWords']} />
				<NumberField {...props} label={t('bDocQuestions')} path={['thresholds', 'docQuestions']} />
				<NumberField {...props} label={t('bDocOptions')} path={['thresholds', 'docOptions']} />
				<NumberField {...props} label={t('bAsyncTarget')} path={['asyncTargetPercent']} unit="%" />
			</div>
		</Section>
	);
}
