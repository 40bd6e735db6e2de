/**
 * The chat coach: (draft, context, norms) → findings. Pure: no clock, no DOM. Each rule reads the same
 * draft facts (parsed once per sentence, cached); this file runs them, honours the person's disabled
 * rules and the team's phrases, settles overlaps between kinds and keeps every span safe.
 */

import type { AnalysisContext } from '../context.js';
import type { Candidate, ChatKind, Finding, Fix } from '../finding.js';
import { CHAT_KINDS } from '../kinds.js';
import { mentionedPeople, outsideHoursChatFinding, recipientsOutsideHours } from '../norms/roster.js';
import type { Norms } from '../norms/schema.js';
import { boundInput } from '../text/bounded-input.js';
import { findPhrases, foldCase } from '../text/phrases.js';
import { placeholderFindings } from '../text/placeholders.js';
import { safeSpan } from '../text/spans.js';
import type { ChatRule, PhraseHits } from './chat-rule.js';
import { type ChatScores, chatScores, chatThreshold } from './chat-scorer.js';
import { draftFacts } from './draft-facts.js';
import { englishVerdict, settleVerdict } from './language.js';
import { CHAT_RULES } from './rules/index.js';
import type { DraftFacts } from './sentence.js';

/**
 * `unsupported`: not English, so no hints (the hints UI says Unhurried reads English only for now).
 * `unsure`: the word lists cannot tell and no identifier was given; the caller asks one and analyzes again.
 */
export type DraftStatus = 'ok' | 'unsupported' | 'empty' | 'unsure';

export interface DraftOptions {
	/** The language of a draft the word lists are unsure of, as an ISO code (identifyLanguage: the CLI, the worker). */
	identify?: (text: string) => string;
}
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
	if (fix.type === 'fill-in') {
		const end = fix.at + (fix.replaces ?? 0);
		const onBoundary = fix.at === text.length || safeSpan(text, fix.at, fix.at + 1)?.start === fix.at;
		return end <= text.length && onBoundary ? fix : undefined;
	}
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

/** The enabled rules, with the hits of the team's phrases for each (a kind's phrases go to its first rule). */
function enabledRules(draft: DraftFacts, context: AnalysisContext, norms: Norms): [ChatRule, PhraseHits][] {
	const disabled = new Set(context.disabledRules);
	const hasPhrases = Object.values(norms.phrases).some((list) => list && list.length > 0);
	const folded = hasPhrases ? foldCase(draft.text) : undefined;
	const enabled = CHAT_RULES.filter((rule) => !disabled.has(rule.id) && !disabled.has(rule.kind));
	// A kind's team phrases go to the rule that takes them, else to the kind's first rule: they count once.
	const takers = new Set(
		CHAT_KINDS.map(
			(kind) => enabled.find((r) => r.kind === kind && r.teamPhrases) ?? enabled.find((r) => r.kind === kind),
		),
	);
	return enabled.map((rule) => [
		rule,
		takers.has(rule) ? findPhrases(draft.text, norms.phrases[rule.kind], folded) : [],
	]);
}

/** What the rules propose for one kind: their candidates, and the kind's whole-message finding on demand. */
export interface KindProposal {
	kind: ChatKind;
	candidates: Candidate[];
	/** Candidates at the team's own phrases: shown whatever the score. */
	forced: Candidate[];
	/** The whole-message finding, or undefined where the kind cannot apply to this draft. */
	whole(): Candidate | undefined;
}

/** Every enabled rule's proposals, grouped by kind, before anything is weighed. */
export function proposeChat(draft: DraftFacts, context: AnalysisContext, norms: Norms): KindProposal[] {
	const rules = enabledRules(draft, context, norms);
	const out: KindProposal[] = [];
	for (const kind of CHAT_KINDS) {
		const ofKind = rules.filter(([rule]) => rule.kind === kind);
		if (ofKind.length === 0) continue;
		const candidates: Candidate[] = [];
		const forced: Candidate[] = [];
		for (const [rule, phrases] of ofKind) {
			for (const c of rule.check({ draft, context, norms, phrases })) {
				candidates.push(c);
				if (c.forced || samePlace(c, phrases)) forced.push(c);
			}
		}
		const owner = ofKind.find(([rule]) => rule.whole);
		out.push({
			kind,
			candidates,
			forced,
			whole: () => owner?.[0].whole?.({ draft, context, norms, phrases: owner[1] }),
		});
	}
	return out;
}

const samePlace = (a: Candidate, spans: PhraseHits) =>
	a.span !== undefined && spans.some((s) => s.start === a.span?.start && s.end === a.span?.end);

/** The decision on a draft, with what it was made from (for `eval --errors` and tests). */
export interface ChatDecision {
	findings: Finding[];
	/** Each kind's probability. */
	scores: ChatScores;
	/** What the rules proposed, shown or not. */
	candidates: Candidate[];
}

/**
 * The learned decision: a kind is shown when its probability reaches the threshold of the person's
 * sensitivity. Its rule candidates carry the spans and fixes; when no rule pointed anywhere, the kind's
 * whole-message finding stands in, where the kind can apply at all. A team phrase is always shown: the team
 * asked for it by name.
 */
export function decideChat(draft: DraftFacts, context: AnalysisContext, norms: Norms): ChatDecision {
	const proposals = proposeChat(draft, context, norms);
	const candidates = proposals.flatMap((p) => p.candidates);
	const scores = chatScores(draft, candidates);
	const findings: Finding[] = [];
	for (const p of proposals) {
		const confidence = scores[p.kind];
		const pointed = p.candidates.length > 0;
		const shown = confidence >= chatThreshold(p.kind, context.sensitivity, !pointed);
		const found = shown ? p.candidates : p.forced;
		if (found.length > 0) findings.push(...found.map(({ forced: _, ...c }) => ({ ...c, confidence })));
		else if (shown) {
			const whole = p.whole();
			if (whole) findings.push({ ...whole, confidence });
		}
	}
	return { findings: settle(findings), scores, candidates };
}

/** Kinds that give way to another: a true emergency is never told to calm down, and so on. */
export function settle<T extends { kind: string }>(findings: T[]): T[] {
	const kinds = new Set(findings.map((f) => f.kind));
	return findings.filter((f) => {
		const by = SUPPRESSED_BY[f.kind as ChatKind];
		return !(by && kinds.has(by));
	});
}

/** A draft's result with what the decision was made from: each kind's probability and the rules' proposals. */
export interface DraftExplanation extends DraftResult {
	scores?: ChatScores;
	candidates: Candidate[];
}

/**
 * Analyzes a chat draft and says why: the result plus the scores and candidates behind it. A bounded window of
 * the draft, its punctuation runs collapsed; spans come back exact and findings capped per kind.
 */
export function explainDraft(
	text: string,
	context: AnalysisContext,
	norms: Norms,
	options: DraftOptions = {},
): DraftExplanation {
	const input = boundInput(text);
	const result = explainWindow(input.text, context, norms, options);
	const findings = input.finish(result.findings);
	return input.truncatedAt === undefined
		? { ...result, findings }
		: { ...result, findings, truncatedAt: input.truncatedAt };
}

/** A roster person @-mentioned by their exact handle is a recipient too (the site adapter adds the chips). */
function withMentions(text: string, context: AnalysisContext, norms: Norms): AnalysisContext {
	const mentioned = norms.roster.length > 0 ? mentionedPeople(text, norms.roster) : [];
	return mentioned.length ? { ...context, recipients: [...context.recipients, ...mentioned] } : context;
}

function explainWindow(
	text: string,
	given: AnalysisContext,
	norms: Norms,
	options: DraftOptions,
): DraftExplanation {
	if (!/[\p{L}\p{N}]/u.test(text)) return { status: 'empty', findings: [], candidates: [] };
	const context = withMentions(text, given, norms);
	const draft = draftFacts(text);
	let verdict = englishVerdict(draft);
	if (verdict === 'unsure' && options.identify) verdict = settleVerdict(draft, options.identify(text));
	if (verdict !== 'english')
		return { status: verdict === 'other' ? 'unsupported' : 'unsure', findings: [], candidates: [] };
	const decision = decideChat(draft, context, norms);
	let findings = decision.findings;
	// With a roster: say when a recipient is outside their working hours (the draft itself is fine).
	if (
		context.recipients.length > 0 &&
		norms.roster.length > 0 &&
		!context.disabledRules.includes('outside-hours')
	) {
		const late = outsideHoursChatFinding(
			recipientsOutsideHours(context.recipients, context.now, norms),
			norms,
		);
		if (late) findings.push(late);
	}
	if (!context.disabledRules.includes('leftover-placeholder')) findings.push(...placeholderFindings(text));
	findings = findings.map((f) => safeFinding(text, f));
	findings.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
	return { status: 'ok', findings, scores: decision.scores, candidates: decision.candidates };
}

/** Analyzes a chat draft and says whether it could: empty, not English, or ok with its findings. */
export function analyzeDraftResult(
	text: string,
	context: AnalysisContext,
	norms: Norms,
	options: DraftOptions = {},
): DraftResult {
	const { status, findings, truncatedAt } = explainDraft(text, context, norms, options);
	return truncatedAt === undefined ? { status, findings } : { status, findings, truncatedAt };
}

/** Analyzes a chat draft: every finding, each with its why and its fixes. */
export function analyzeDraft(
	text: string,
	context: AnalysisContext,
	norms: Norms,
	options: DraftOptions = {},
): Finding[] {
	return analyzeDraftResult(text, context, norms, options).findings;
}
