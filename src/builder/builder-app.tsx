/**
 * The preset builder, for admins: every part of a preset as a form, checked live by the same schema as files,
 * subscriptions and the CLI, a roster table with CSV import, a preview against the norms in force, and an
 * export ready to sign. The draft is kept in this page's own storage, so a reload loses nothing; it never
 * leaves the browser.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { migratePreset } from '../core/norms/migrate-preset.js';
import { parseJsonCapped } from '../core/norms/parse-preset.js';
import { formatPresetError, type PresetError } from '../core/norms/preset-errors.js';
import {
	BUILTIN_PRESET_NAMES,
	BUILTIN_PRESETS,
	type BuiltinPresetName,
} from '../core/norms/presets/index.js';
import { effectiveNorms } from '../shared/storage.js';
import { t } from '../shared/ui/t.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';
import { checkDraft, type Draft, draftFromNorms, type SetField, setIn } from './draft.js';
import { ExportPanel } from './export-panel.js';
import { ChannelsSection, EmergencySection, MeetingsSection, ThresholdsSection } from './norm-sections.js';
import { Preview } from './preview.js';
import { RosterSection } from './roster-section.js';
import { IdentitySection, PhrasesSection, ToolsSection } from './team-sections.js';

export const DRAFT_KEY = 'unhurried:builder-draft';

/** Error paths the form shows next to a field; anything else is listed at the top. */
const PLACED = [
	/^\$\.(name|version|owner|description|asyncTargetPercent)$/,
	/^\$\.channels\.(chat|doc|video|meeting)\.(label|response\.(minHours|maxHours)|bestFor(\[\d+\])?)$/,
	/^\$\.emergency\.(counts(\[\d+\])?|channel\.(kind|name|how))$/,
	/^\$\.meetings\.(agendaRequired|recordAndSummarize|agendaLeadHours|maxRequiredAttendees|defaultDurationMin|longDurationMin)$/,
	/^\$\.thresholds\.(docWords|docQuestions|docOptions)$/,
	/^\$\.tools\.(doc|video)\.(name|urlTemplate)$/,
	/^\$\.phrases\.[a-z_]+(\[\d+\])?$/,
	/^\$\.workingHours(\[\d+\])?$/,
	/^\$\.roster\[\d+\]\.(name|handles(\[\d+\])?|timeZone|workingHours(\[\d+\])?)$/,
];
const isPlaced = (e: PresetError) => PLACED.some((re) => re.test(e.path));

function loadSaved(): Draft | null {
	try {
		const saved = localStorage.getItem(DRAFT_KEY);
		const value: unknown = saved ? JSON.parse(saved) : null;
		return value && typeof value === 'object' && !Array.isArray(value) ? (value as Draft) : null;
	} catch {
		return null;
	}
}

type Start = 'inForce' | BuiltinPresetName;

/** Where a draft starts: the norms in force, a built-in, or a preset file (any version; problems shown, not refused). */
function StartPanel({ onStart, inForce }: { onStart: (d: Draft, note: string) => void; inForce: Draft }) {
	const [from, setFrom] = useState<Start>('inForce');
	const [note, setNote] = useState<string | null>(null);
	const start = (draft: Draft, text: string) => {
		onStart(draft, text);
		setNote(text);
	};
	async function open(event: Event) {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const json = parseJsonCapped(await file.text());
		if (!json.ok || !json.value || typeof json.value !== 'object' || Array.isArray(json.value)) {
			setNote(
				t('bOpenFailed', [
					file.name,
					json.ok ? t('bNotAnObject') : json.errors.map(formatPresetError).join('; '),
				]),
			);
			return;
		}
		const migrated = migratePreset(json.value as Draft);
		start(migrated.ok ? migrated.value : (json.value as Draft), t('bOpened', file.name));
	}
	return (
		<section class="card" aria-labelledby="b-start-heading">
			<h2 id="b-start-heading">{t('bStartHeading')}</h2>
			<div class="row">
				<label for="b-start-from">{t('bStartFrom')}</label>
				<select id="b-start-from" value={from} onChange={(e) => setFrom(e.currentTarget.value as Start)}>
					<option value="inForce">{t('bStartInForce')}</option>
					{BUILTIN_PRESET_NAMES.map((n) => (
						<option key={n} value={n}>
							{t('bStartBuiltin', BUILTIN_PRESETS[n].name)}
						</option>
					))}
				</select>
				<button
					type="button"
					onClick={() =>
						from === 'inForce'
							? start(inForce, t('bStarted', t('bStartInForce')))
							: start(draftFromNorms(BUILTIN_PRESETS[from]), t('bStarted', BUILTIN_PRESETS[from].name))
					}
				>
					{t('bStartOver')}
				</button>
			</div>
			<div class="field">
				<label for="b-open">{t('bOpenFile')}</label>
				<input id="b-open" type="file" accept=".json,application/json" onChange={open} />
			</div>
			{note && (
				<p class="small" role="status">
					{note}
				</p>
			)}
		</section>
	);
}

export function BuilderApp({ now = Date.now() }: { now?: number }) {
	const effective = useStorageItem(effectiveNorms);
	const [draft, setDraft] = useState<Draft | null>(loadSaved);
	useEffect(() => {
		if (!draft && effective) setDraft(draftFromNorms(effective.norms));
	}, [draft, effective]);
	useEffect(() => {
		if (draft) localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
	}, [draft]);
	const checked = useMemo(() => (draft ? checkDraft(draft) : null), [draft]);
	const set: SetField = (path, value) => setDraft((d) => setIn(d ?? {}, path, value));

	if (!draft || !checked || !effective) return <main class="builder" aria-busy="true" />;
	const props = { draft, errors: checked.errors, set };
	const unplaced = checked.errors.filter((e) => !isPlaced(e));
	return (
		<main class="builder">
			<h1>{t('bTitle')}</h1>
			<p class="muted">{t('bIntro')}</p>
			<StartPanel inForce={draftFromNorms(effective.norms)} onStart={(d) => setDraft(d)} />
			<div class={checked.ok ? 'ok summary' : 'problem summary'} role="status" data-testid="builder-status">
				{checked.ok ? t('bValid') : t('bProblems', checked.errors.length)}
				{unplaced.length > 0 && (
					<ul class="errors">
						{unplaced.map((e) => (
							<li key={`${e.path}:${e.message}`}>
								<code>{e.path}</code> {e.message}
							</li>
						))}
					</ul>
				)}
			</div>
			<form class="builder-form" onSubmit={(e) => e.preventDefault()} aria-label={t('bFormLabel')}>
				<IdentitySection {...props} />
				<ChannelsSection {...props} />
				<EmergencySection {...props} />
				<MeetingsSection {...props} />
				<ThresholdsSection {...props} />
				<RosterSection {...props} now={now} />
				<PhrasesSection {...props} />
				<ToolsSection {...props} />
			</form>
			<Preview built={checked.ok ? checked.norms : null} inForce={effective.norms} now={now} />
			<ExportPanel draft={draft} checked={checked} />
		</main>
	);
}
