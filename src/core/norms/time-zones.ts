/**
 * Time zones as admins write them. A roster needs IANA names ("America/Los_Angeles") because only they know
 * daylight saving time; people write "PST", "Berlin" or "UTC+9". `suggestTimeZone` turns those into the IANA
 * name they most likely mean, offered as a suggestion, never applied silently.
 */

/** True for an IANA zone this runtime knows (Intl throws a RangeError otherwise). */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.includes('/') || zone === 'UTC';
	} catch {
		return false;
	}
}

/**
 * Abbreviations and names of zones, to the zone most teams mean by them. Some are ambiguous (CST is also China,
 * IST also Ireland and Israel): the answer is a suggestion the admin confirms.
 */
const ALIASES: Record<string, string> = {
	pst: 'America/Los_Angeles',
	pdt: 'America/Los_Angeles',
	pt: 'America/Los_Angeles',
	pacific: 'America/Los_Angeles',
	'san francisco': 'America/Los_Angeles',
	seattle: 'America/Los_Angeles',
	mst: 'America/Denver',
	mdt: 'America/Denver',
	mt: 'America/Denver',
	mountain: 'America/Denver',
	cst: 'America/Chicago',
	cdt: 'America/Chicago',
	ct: 'America/Chicago',
	central: 'America/Chicago',
	austin: 'America/Chicago',
	dallas: 'America/Chicago',
	houston: 'America/Chicago',
	est: 'America/New_York',
	edt: 'America/New_York',
	et: 'America/New_York',
	eastern: 'America/New_York',
	boston: 'America/New_York',
	washington: 'America/New_York',
	atlanta: 'America/New_York',
	miami: 'America/New_York',
	akst: 'America/Anchorage',
	akdt: 'America/Anchorage',
	hst: 'Pacific/Honolulu',
	ast: 'America/Halifax',
	adt: 'America/Halifax',
	nst: 'America/St_Johns',
	ndt: 'America/St_Johns',
	montreal: 'America/Toronto',
	brt: 'America/Sao_Paulo',
	art: 'America/Argentina/Buenos_Aires',
	gmt: 'Europe/London',
	bst: 'Europe/London',
	wet: 'Europe/Lisbon',
	west: 'Europe/Lisbon',
	cet: 'Europe/Berlin',
	cest: 'Europe/Berlin',
	munich: 'Europe/Berlin',
	frankfurt: 'Europe/Berlin',
	hamburg: 'Europe/Berlin',
	eet: 'Europe/Athens',
	eest: 'Europe/Athens',
	msk: 'Europe/Moscow',
	wat: 'Africa/Lagos',
	cat: 'Africa/Maputo',
	sast: 'Africa/Johannesburg',
	eat: 'Africa/Nairobi',
	gst: 'Asia/Dubai',
	pkt: 'Asia/Karachi',
	ist: 'Asia/Kolkata',
	india: 'Asia/Kolkata',
	bangalore: 'Asia/Kolkata',
	bengaluru: 'Asia/Kolkata',
	mumbai: 'Asia/Kolkata',
	delhi: 'Asia/Kolkata',
	'new delhi': 'Asia/Kolkata',
	ict: 'Asia/Bangkok',
	wib: 'Asia/Jakarta',
	sgt: 'Asia/Singapore',
	hkt: 'Asia/Hong_Kong',
	pht: 'Asia/Manila',
	beijing: 'Asia/Shanghai',
	jst: 'Asia/Tokyo',
	osaka: 'Asia/Tokyo',
	kst: 'Asia/Seoul',
	awst: 'Australia/Perth',
	acst: 'Australia/Adelaide',
	acdt: 'Australia/Adelaide',
	aest: 'Australia/Sydney',
	aedt: 'Australia/Sydney',
	nzst: 'Pacific/Auckland',
	nzdt: 'Pacific/Auckland',
	z: 'UTC',
	zulu: 'UTC',
	utc: 'UTC',
	'etc/utc': 'UTC',
};

/**
 * Today's names of zones that runtimes list under an older canonical name (CLDR keeps "Asia/Calcutta"):
 * people type these, so they are suggested too.
 */
const CURRENT_NAMES = [
	'Asia/Kolkata',
	'Europe/Kyiv',
	'Asia/Ho_Chi_Minh',
	'Asia/Kathmandu',
	'Asia/Yangon',
	'America/Argentina/Buenos_Aires',
	'America/Nuuk',
	'Atlantic/Faroe',
];

let zoneList: readonly string[] | undefined;
/** Every IANA zone the runtime lists (Chrome 99+, Firefox 93+, Node 18+), with today's names added. */
function zones(): readonly string[] {
	const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
	zoneList ??= [...new Set([...listed, ...CURRENT_NAMES.filter(isTimeZone)])];
	return zoneList;
}

const fold = (s: string) =>
	s
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, ' ');

/** Levenshtein distance, stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
			row.push(v);
			best = Math.min(best, v);
		}
		if (best > max) return max + 1;
		prev = row;
	}
	return prev[b.length] as number;
}

/** "UTC+9", "GMT-5", "UTC+05:30" → the fixed-offset zone (whole hours only; Etc/ names invert the sign). */
function fixedOffset(text: string): string | undefined {
	const m = /^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?00)?$/.exec(text);
	if (!m) return undefined;
	const hours = Number(m[2]);
	if (hours === 0) return 'UTC';
	if (hours > 14) return undefined;
	return `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
}

/**
 * The IANA zone `input` most likely means, or undefined when there is no good guess (or it is already one).
 * "PST" → "America/Los_Angeles", "Berlin" → "Europe/Berlin", "Europe/Berln" → "Europe/Berlin".
 */
export function suggestTimeZone(input: string): string | undefined {
	const text = fold(input);
	if (!text || (isTimeZone(input.trim()) && zones().includes(input.trim()))) return undefined;
	const alias = ALIASES[text];
	if (alias) return alias;
	const offset = fixedOffset(text);
	if (offset) return offset;
	const all = zones();
	const exact = all.find((z) => fold(z) === text);
	if (exact) return exact;
	const city = all.find((z) => fold(z.slice(z.lastIndexOf('/') + 1)) === text);
	if (city) return city;
	// A typo: the nearest full name or city within two edits (one for short inputs).
	const max = text.length <= 5 ? 1 : 2;
	let best: { zone: string; d: number } | undefined;
	for (const z of all) {
		const d = Math.min(
			distance(text, fold(z), max),
			distance(text, fold(z.slice(z.lastIndexOf('/') + 1)), max),
		);
		if (d <= max && (!best || d < best.d)) best = { zone: z, d };
	}
	return best?.zone;
}

/** The schema's message for a zone it refuses, with the suggestion when there is one. */
export function unknownZoneMessage(input: string): string {
	const suggestion = suggestTimeZone(input);
	return suggestion
		? `unknown IANA time zone "${input}"; did you mean "${suggestion}"?`
		: 'unknown IANA time zone';
}
