/**
 * A roster from a spreadsheet export: one row per person with their name, handles, time zone and working
 * hours ("Mon-Fri 09:00-17:00"; several separated by ";"). The hours most people share become the team's, so
 * only the exceptions are written per person. Every problem names its row and column, with a suggestion where
 * there is one (a zone abbreviation); nothing is guessed silently.
 */
import { isTimeZone, suggestTimeZone } from './time-zones.js';
import { checkHoursList, DEFAULT_TEAM_HOURS, normalizeHoursEntry } from './week-hours.js';

export interface CsvPerson {
	name: string;
	handles: string[];
	timeZone: string;
	/** Absent: the person works the team hours. */
	workingHours?: string[];
}

export interface CsvProblem {
	/** The row as a spreadsheet numbers it (the header is row 1). */
	row: number;
	column: 'name' | 'handles' | 'timeZone' | 'workingHours' | 'file';
	message: string;
	/** What the cell most likely means (a time zone); the caller decides whether to use it. */
	suggestion?: string;
}

export interface CsvRoster {
	/** The team's hours: as given, else the hours most rows share. */
	teamHours: string[];
	people: CsvPerson[];
	problems: CsvProblem[];
	/** Rows whose time zone was replaced by its suggestion (only with `acceptSuggestions`). */
	resolved: { row: number; from: string; to: string }[];
}

export interface CsvRosterOptions {
	/** Team hours to measure people against (a preset's `workingHours`); found from the rows when absent. */
	teamHours?: readonly string[];
	/** Use a time zone's suggestion instead of reporting it ("PST" → "America/Los_Angeles"). */
	acceptSuggestions?: boolean;
}

const COLUMNS: Record<Exclude<CsvProblem['column'], 'file'>, RegExp> = {
	name: /^(full ?)?name$|^person$/,
	handles: /^(chat )?handles?$|^(user ?name|nick(name)?)s?$/,
	timeZone: /^(time ?zone|tz|zone)$/,
	workingHours: /^(working )?hours$|^schedule$/,
};

/** Splits CSV text into rows of cells (quotes, doubled quotes, CRLF); the delimiter is `,`, `;` or a tab. */
export function parseCsv(text: string): string[][] {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
	const count = (c: string) => firstLine.split(c).length - 1;
	const delimiter = [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < body.length; i++) {
		const c = body[i] as string;
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"' && cell.trim() === '') {
			quoted = true;
			cell = '';
		} else if (c === delimiter) {
			row.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && body[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	if (cell !== '' || row.length) rows.push([...row, cell]);
	return rows.map((r) => r.map((v) => v.trim()));
}

const splitList = (cell: string, separator: RegExp) =>
	cell
		.split(separator)
		.map((s) => s.trim())
		.filter(Boolean);

/** The hours most rows share (ties: the first seen), or undefined when no two rows agree. */
function mostShared(lists: readonly string[][]): string[] | undefined {
	const counts = new Map<string, { list: string[]; n: number }>();
	for (const list of lists) {
		const key = list.join('\n');
		const entry = counts.get(key) ?? { list, n: 0 };
		entry.n++;
		counts.set(key, entry);
	}
	let best: { list: string[]; n: number } | undefined;
	for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
	return best && best.n >= 2 ? best.list : undefined;
}

/** Reads a roster CSV; see the module comment. */
export function rosterFromCsv(text: string, options: CsvRosterOptions = {}): CsvRoster {
	const rows = parseCsv(text).filter((r) => r.some((c) => c !== ''));
	const problems: CsvProblem[] = [];
	const resolved: CsvRoster['resolved'] = [];
	const header = rows[0]?.map((h) => h.toLowerCase().replace(/[_-]+/g, ' ').trim()) ?? [];
	const at = Object.fromEntries(
		Object.entries(COLUMNS).map(([key, re]) => [key, header.findIndex((h) => re.test(h))]),
	) as Record<keyof typeof COLUMNS, number>;
	for (const column of ['name', 'timeZone'] as const)
		if (at[column] < 0)
			problems.push({
				row: 1,
				column: 'file',
				message: `no "${column === 'name' ? 'name' : 'time zone'}" column in the header row (expected columns: name, handles, time zone, working hours)`,
			});
	if (problems.length)
		return { teamHours: [...(options.teamHours ?? DEFAULT_TEAM_HOURS)], people: [], problems, resolved };

	const read: { row: number; person: CsvPerson; hours?: string[] }[] = [];
	const seen = new Map<string, number>();
	for (const [i, cells] of rows.slice(1).entries()) {
		const row = i + 2;
		const cell = (c: keyof typeof COLUMNS) => (at[c] >= 0 ? (cells[at[c]] ?? '') : '');
		const name = cell('name');
		const earlier = seen.get(name.toLowerCase());
		if (!name || earlier) {
			const message = name ? `"${name}" is already on row ${earlier}` : 'no name';
			problems.push({ row, column: 'name', message });
			continue;
		}
		seen.set(name.toLowerCase(), row);
		let timeZone = cell('timeZone');
		if (!timeZone) problems.push({ row, column: 'timeZone', message: 'no time zone' });
		else if (!isTimeZone(timeZone)) {
			const suggestion = suggestTimeZone(timeZone);
			if (suggestion && options.acceptSuggestions) {
				resolved.push({ row, from: timeZone, to: suggestion });
				timeZone = suggestion;
			} else
				problems.push({
					row,
					column: 'timeZone',
					message: suggestion
						? `"${timeZone}" is not an IANA time zone; did you mean "${suggestion}"?`
						: `"${timeZone}" is not an IANA time zone (e.g. "Europe/Berlin")`,
					...(suggestion ? { suggestion } : {}),
				});
		}
		const hoursCell = cell('workingHours');
		let hours: string[] | undefined;
		if (/^(none|off|-)$/i.test(hoursCell)) hours = [];
		else if (hoursCell) {
			hours = splitList(hoursCell, /\s*[;\n]\s*/).map(normalizeHoursEntry);
			const bad = checkHoursList(hours)[0];
			// Kept as read, so a form shows the row's problem where it is fixed; the CLI refuses the file.
			if (bad)
				problems.push({ row, column: 'workingHours', message: `"${hours[bad.index]}": ${bad.message}` });
		}
		const handles = splitList(cell('handles'), /\s*[;,]\s*/);
		read.push({ row, person: { name, handles, timeZone }, ...(hours ? { hours } : {}) });
	}

	const teamHours = options.teamHours
		? [...options.teamHours]
		: (mostShared(read.flatMap((r) => (r.hours?.length ? [r.hours] : []))) ?? [...DEFAULT_TEAM_HOURS]);
	const team = teamHours.join('\n');
	const people = read.map(({ person, hours }) =>
		hours && hours.join('\n') !== team ? { ...person, workingHours: hours } : person,
	);
	return { teamHours, people, problems, resolved };
}

/** "row 4, time zone: …" */
export function formatCsvProblem(p: CsvProblem): string {
	const column = {
		name: 'name',
		handles: 'handles',
		timeZone: 'time zone',
		workingHours: 'working hours',
		file: '',
	}[p.column];
	return `row ${p.row}${column ? `, ${column}` : ''}: ${p.message}`;
}
