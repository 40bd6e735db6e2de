/**
 * Unhurried as a library: `import { analyzeDraft, parsePresetText } from 'unhurried'`. The same judgement as
 * the extension, for a bot, a CI check or a script: pure functions (pass the time in, nothing reads a clock
 * or the network), typed, and the preset schema that validates every team's norms. Documented in README.md
 * ("Use it as a library"). Everything not exported here is internal and may change in any release.
 */

// The coach: a chat draft or a meeting draft, the context it is written in, the team's norms → findings.
export { analyzeDraft } from '../core/chat/analyze-draft.js';
export { AnalysisContext, type AnalysisContextInput } from '../core/context.js';
export {
	CHAT_KINDS,
	type ChatKind,
	Finding,
	type Fix,
	MEETING_KINDS,
	type MeetingKind,
	type Severity,
	type Span,
} from '../core/finding.js';
export { analyzeMeeting } from '../core/meeting/analyze-meeting.js';
export { Meeting, type MeetingInput } from '../core/meeting/meeting.js';
// Team norms: the schema, the built-in presets, reading and checking a preset file.
export { DEFAULT_NORMS } from '../core/norms/default-norms.js';
export { diffPresets, type PresetChange } from '../core/norms/diff-presets.js';
export { type ManagedPolicy, validateManagedConfig } from '../core/norms/managed-config.js';
export { migratePreset, OLDEST_SCHEMA_VERSION } from '../core/norms/migrate-preset.js';
export {
	type ParseResult,
	PRESET_MAX_BYTES,
	parsePresetPatch,
	parsePresetText,
	parsePresetValue,
} from '../core/norms/parse-preset.js';
export { formatPresetError, type PresetError } from '../core/norms/preset-errors.js';
export {
	BUILTIN_PRESET_NAMES,
	BUILTIN_PRESETS,
	type BuiltinPresetName,
} from '../core/norms/presets/index.js';
export {
	findPerson,
	isSpanWithinWorkingHours,
	isWithinWorkingHours,
	localTimeAt,
	nextWorkingStart,
	recipientsOutsideHours,
} from '../core/norms/roster.js';
// The roster: who works when, in their own time zone.
export {
	type CsvPerson,
	type CsvProblem,
	type CsvRoster,
	formatCsvProblem,
	rosterFromCsv,
} from '../core/norms/roster-csv.js';
export {
	type Norms,
	Person,
	Preset,
	type PresetInput,
	PresetPatch,
	SCHEMA_VERSION,
	WorkingHours,
} from '../core/norms/schema.js';
export { isTimeZone, suggestTimeZone } from '../core/norms/time-zones.js';
export {
	checkHoursList,
	DEFAULT_TEAM_HOURS,
	describeHours,
	normalizeHoursEntry,
	parseHoursEntry,
} from '../core/norms/week-hours.js';
