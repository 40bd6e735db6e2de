/**
 * The chat coach: (draft, context, norms) → findings. Pure: no clock, no DOM. Each rule reads the same
 * draft facts (parsed once per sentence, cached); this file runs them, honours the person's disabled
 * rules and the team's phrases, settles overlaps between kinds and keeps every span safe.
 */
import type { AnalysisContext } from './context.js';
import { draftFacts } from './draft-facts.js';
import type { ChatKind, Finding, Fix } from './finding.js';
import { isMostlyEnglish } from './language.js';
import type { Norms } from './norms/schema.js';
import { findPhrases, foldCase } from './phrases.js';
import { outsideHoursChatFinding, recipientsOutsideHours } from './roster.js';
import { CHAT_RULES } from './rules/chat/index.js';
import { safeSpan } from './spans.js';
import { boundInput } from './text/bounded-input.js';

export type DraftStatus = 'ok' | 'unsupported' | 'empty';
export interface DraftResult {
	status: DraftStatus;
	findings: Finding[];
	/** The draft was read up to this offset only (see text/bounded-input.ts); the hints say so. */
	truncatedAt?: number;
}

/** A true emergency is never told to calm down; a bare "can we talk?" is vague, not also missing context. */
const SUPPRESSED_BY: Partial<Record<ChatKind, ChatKind>> = {
	false_urgency: 'true_urgency',
	missing_context: 'vague_ask',
};

function safeFix(text: string, fix: Fix): Fix | undefined {
	if (fix.type !== 'replace') return fix;
	const span = safeSpan(text, fix.span.start, fix.span.end);
	return span ? { ...fix, span } : undefined;
}

function safeFinding(text: string, f: Finding): Finding {
	const fixes = f.fixes.map((x) => safeFix(text, x)).filter((x): x is Fix => x !== undefined);
	const { span: raw, ...rest } = f;
	const span = raw ? safeSpan(text, raw.start, raw.end) : undefined;
	return span ? { ...rest, span, fixes } : { ...rest, fixes };
}

/**
 * Analyzes a chat draft and says whether it could: empty, not (mostly) English, or ok with its findings. A
 * bounded window of it, its punctuation runs collapsed; spans come back exact and findings capped per kind.
 */
export function analyzeDraftResult(draft: string, context: AnalysisContext, norms: Norms): DraftResult {
	const input = boundInput(draft);
	const result = analyzeWindow(input.text, context, norms);
	const findings = input.finish(result.findings);
	return input.truncatedAt === undefined
		? { ...result, findings }
		: { ...result, findings, truncatedAt: input.truncatedAt };
}

function analyzeWindow(text: string, context: AnalysisContext, norms: Norms): DraftResult {
	if (!/[\p{L}\p{N}]/u.test(text)) return { status: 'empty', findings: [] };
	const draft = draftFacts(text);
	if (!isMostlyEnglish(draft)) return { status: 'unsupported', findings: [] };
	const disabled = new Set(context.disabledRules);
	const hasPhrases = Object.values(norms.phrases).some((list) => list && list.length > 0);
	const folded = hasPhrases ? foldCase(text) : undefined;
	const phraseKinds = new Set<ChatKind>();
	let findings: Finding[] = [];
	for (const rule of CHAT_RULES) {
		if (disabled.has(rule.id) || disabled.has(rule.kind)) continue;
		// The team's phrases for a kind go to the first rule of that kind only, so they count once.
		const phrases = phraseKinds.has(rule.kind) ? [] : findPhrases(text, norms.phrases[rule.kind], folded);
		phraseKinds.add(rule.kind);
		findings.push(...rule.check({ draft, context, norms, phrases }));
	}
	const kinds = new Set(findings.map((f) => f.kind));
	findings = findings.filter((f) => {
		const by = SUPPRESSED_BY[f.kind as ChatKind];
		return !(by && kinds.has(by));
	});
	// With a roster: say when a recipient is outside their working hours (the draft itself is fine).
	if (context.recipients.length > 0 && norms.roster.length > 0 && !disabled.has('outside-hours')) {
		const late = outsideHoursChatFinding(
			recipientsOutsideHours(context.recipients, context.now, norms),
			norms,
		);
		if (late) findings.push(late);
	}
	findings = findings.map((f) => safeFinding(text, f));
	findings.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
	return { status: 'ok', findings };
}

/** Analyzes a chat draft: every finding, each with its why and its fixes. */
export function analyzeDraft(text: string, context: AnalysisContext, norms: Norms): Finding[] {
	return analyzeDraftResult(text, context, norms).findings;
}
