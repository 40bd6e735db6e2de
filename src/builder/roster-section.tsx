/**
 * The roster in the builder: the team's hours once, then a table of people with only their exceptions, filled
 * from a CSV file if the admin has one. A time zone the schema refuses offers the zone it most likely means.
 */
import { useState } from 'preact/hooks';
import { isWithinWorkingHours, localTimeAt } from '../core/norms/roster.js';
import { type CsvProblem, formatCsvProblem, rosterFromCsv } from '../core/norms/roster-csv.js';
import { isTimeZone, suggestTimeZone } from '../core/norms/time-zones.js';
import { DEFAULT_TEAM_HOURS } from '../core/norms/week-hours.js';
import { t } from '../shared/ui/t.js';
import { errorsAt, errorsUnder, getIn, type Path } from './draft.js';
import { described, fieldId, ListField, Messages, Section } from './fields.js';
import type { SectionProps } from './norm-sections.js';

interface Row {
	name?: unknown;
	handles?: unknown;
	timeZone?: unknown;
	workingHours?: unknown;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const split = (s: string, separator: RegExp) =>
	s
		.split(separator)
		.map((x) => x.trim())
		.filter(Boolean);

let zones: readonly string[] | undefined;
const allZones = () => {
	zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
	return zones;
};

/** One cell's input, labelled for its row, with its messages under it (`under`: also its items'). */
function CellInput({
	path,
	label,
	value,
	errors,
	onValue,
	placeholder,
	listId,
	under,
}: {
	under?: boolean;
	path: Path;
	label: string;
	value: string;
	errors: SectionProps['errors'];
	onValue: (v: string) => void;
	placeholder?: string;
	listId?: string;
}) {
	const id = fieldId(path);
	const messages = under ? errorsUnder(errors, path, 'entry') : errorsAt(errors, path);
	return (
		<>
			<input
				id={id}
				type="text"
				aria-label={label}
				value={value}
				placeholder={placeholder}
				list={listId}
				onInput={(e) => onValue(e.currentTarget.value)}
				{...described(id, messages)}
			/>
			<Messages id={id} messages={messages} />
		</>
	);
}

const Cell = (props: Parameters<typeof CellInput>[0]) => (
	<td>
		<CellInput {...props} />
	</td>
);

export function RosterSection(props: SectionProps & { now: number }) {
	const { draft, errors, set, now } = props;
	const rows = (Array.isArray(draft.roster) ? draft.roster : []) as Row[];
	const teamHours = list(getIn(draft, ['workingHours']));
	const [imported, setImported] = useState<{ file: string; count: number; skipped: CsvProblem[] } | null>(
		null,
	);
	const setRow = (i: number, key: keyof Row, value: unknown) => set(['roster', i, key], value);
	const suggestions = rows.map((r) => {
		const zone = text(r.timeZone);
		return zone && !isTimeZone(zone) ? suggestTimeZone(zone) : undefined;
	});

	async function importCsv(event: Event) {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		if (!file) return;
		const csv = rosterFromCsv(await file.text(), teamHours.length ? { teamHours } : {});
		input.value = '';
		// Rows with a name come in even with a problem: the table shows it where it can be fixed.
		const skipped = csv.problems.filter((p) => p.column === 'name' || p.column === 'file');
		if (csv.people.length) {
			set(['roster'], csv.people);
			if (!teamHours.length) set(['workingHours'], csv.teamHours);
		}
		setImported({ file: file.name, count: csv.people.length, skipped });
	}

	return (
		<Section id="b-roster" title={t('rosterHeading')} intro={t('bRosterIntro')}>
			<ListField
				{...props}
				label={t('bTeamHours')}
				path={['workingHours']}
				hint={t('bTeamHoursHint', DEFAULT_TEAM_HOURS.join('; '))}
				rows={2}
			/>
			<div class="field">
				<label for="b-roster-csv">{t('bRosterCsv')}</label>
				<input
					id="b-roster-csv"
					type="file"
					accept=".csv,text/csv"
					onChange={importCsv}
					aria-describedby="b-roster-csv-hint"
				/>
				<p class="small muted" id="b-roster-csv-hint">
					{t('bRosterCsvHint')}
				</p>
			</div>
			{imported && (
				<div role="status" data-testid="csv-result">
					<p>{t('bRosterImported', [imported.count, imported.file])}</p>
					{imported.skipped.length > 0 && (
						<ul class="field-error">
							{imported.skipped.map((p) => (
								<li key={`${p.row}:${p.message}`}>{formatCsvProblem(p)}</li>
							))}
						</ul>
					)}
				</div>
			)}
			{suggestions.some(Boolean) && (
				<p>
					<button
						type="button"
						onClick={() =>
							set(
								['roster'],
								rows.map((r, i) => (suggestions[i] ? { ...r, timeZone: suggestions[i] } : r)),
							)
						}
					>
						{t('bUseAllSuggestions', suggestions.filter(Boolean).length)}
					</button>
				</p>
			)}
			<datalist id="b-zones">
				{allZones().map((z) => (
					<option key={z} value={z} />
				))}
			</datalist>
			<div class="table-scroll">
				<table class="roster-table">
					<caption class="visually-hidden">{t('bRosterTable', rows.length)}</caption>
					<thead>
						<tr>
							<th scope="col">{t('bName')}</th>
							<th scope="col">{t('bHandles')}</th>
							<th scope="col">{t('bTimeZone')}</th>
							<th scope="col">{t('bOwnHours')}</th>
							<th scope="col">{t('bNow')}</th>
							<th scope="col">
								<span class="visually-hidden">{t('bRemove')}</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row, i) => {
							const zone = text(row.timeZone);
							const hours = row.workingHours === undefined ? teamHours : list(row.workingHours);
							const who = text(row.name) || t('bPersonN', i + 1);
							const local = isTimeZone(zone) ? localTimeAt(zone, now) : undefined;
							const working =
								local &&
								isWithinWorkingHours({ name: who, handles: [], timeZone: zone, workingHours: hours }, now);
							// Rows are keyed by their place: a name is typed into them, so it cannot be their key.
							return (
								<tr key={i}>
									<Cell
										path={['roster', i, 'name']}
										label={t('bNameOf', i + 1)}
										value={text(row.name)}
										errors={errors}
										onValue={(v) => setRow(i, 'name', v)}
									/>
									<Cell
										path={['roster', i, 'handles']}
										label={t('bHandlesOf', who)}
										value={list(row.handles).join(', ')}
										errors={errors}
										onValue={(v) => setRow(i, 'handles', split(v, /\s*,\s*/))}
									/>
									<td>
										<CellInput
											path={['roster', i, 'timeZone']}
											label={t('bTimeZoneOf', who)}
											value={zone}
											errors={errors}
											listId="b-zones"
											onValue={(v) => setRow(i, 'timeZone', v)}
										/>
										{suggestions[i] && (
											<button
												type="button"
												class="link"
												onClick={() => setRow(i, 'timeZone', suggestions[i])}
											>
												{t('bUseZone', suggestions[i])}
											</button>
										)}
									</td>
									<Cell
										path={['roster', i, 'workingHours']}
										label={t('bOwnHoursOf', who)}
										value={row.workingHours === undefined ? '' : list(row.workingHours).join('; ')}
										placeholder={t('bTeamHoursPlaceholder')}
										errors={errors}
										under
										onValue={(v) =>
											setRow(i, 'workingHours', v.trim() === '' ? undefined : split(v, /\s*;\s*/))
										}
									/>
									<td class="muted small">
										{local ? `${local.hhmm} · ${working ? t('rosterWorking') : t('rosterOff')}` : '—'}
									</td>
									<td>
										<button
											type="button"
											onClick={() =>
												set(
													['roster'],
													rows.filter((_, j) => j !== i),
												)
											}
											aria-label={t('bRemoveOf', who)}
										>
											×
										</button>
									</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			<p>
				<button
					type="button"
					onClick={() => set(['roster', rows.length], { name: '', handles: [], timeZone: '' })}
				>
					{t('bAddPerson')}
				</button>
			</p>
		</Section>
	);
}
