/** Plain-text rendering of findings for the terminal: the draft with its spans marked, then each finding. */

import type { Finding, Fix } from '../core/finding.js';
import { normChip } from '../core/norms/explain.js';
import type { Norms } from '../core/norms/schema.js';

/** The draft with each span wrapped as [text]¹, numbered in finding order. */
export function markSpans(text: string, findings: Finding[]): string {
	const marks: { at: number; order: number; mark: string }[] = [];
	findings.forEach((f, i) => {
		if (!f.span) return;
		marks.push({ at: f.span.start, order: 1, mark: '[' });
		marks.push({ at: f.span.end, order: 0, mark: `]${superscript(i + 1)}` });
	});
	marks.sort((a, b) => b.at - a.at || a.order - b.order);
	let out = text;
	for (const m of marks) out = out.slice(0, m.at) + m.mark + out.slice(m.at);
	return out;
}

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function superscript(n: number): string {
	return [...String(n)].map((d) => SUP[Number(d)] ?? d).join('');
}

function describeFix(fix: Fix): string[] {
	switch (fix.type) {
		case 'replace':
			return [`${fix.label}: replace with “${fix.text}”`];
		case 'fill-in':
			return [`${fix.label}: asks “${fix.prompt}” and adds the answer at ${fix.at}`];
		case 'rewrite':
		case 'insert-template':
			return [`${fix.label}:`, ...fix.text.split('\n').map((l) => `    ${l}`)];
		case 'open-doc':
			return [`${fix.label}: “${fix.title}”`, ...fix.skeleton.split('\n').map((l) => `    ${l}`)];
		case 'record-video':
			return [`${fix.label}:`, ...fix.outline.split('\n').map((l) => `    ${l}`)];
		case 'use-emergency-channel':
			return [`${fix.label}: ${fix.how}`];
		case 'schedule-send':
			return [`${fix.label}: at ${new Date(fix.at).toISOString()}`];
		case 'move-to-1on1':
			return [fix.label];
		case 'make-optional':
			return [`${fix.label}: ${fix.suggested.join(', ') || '(choose who)'}`];
	}
}

/** One block per finding: number, severity, kind, message, why, fixes. */
export function describeFindings(text: string, findings: Finding[], norms?: Norms): string[] {
	const lines: string[] = [];
	findings.forEach((f, i) => {
		const where = f.span ? ` “${text.slice(f.span.start, f.span.end)}”` : '';
		lines.push(`${i + 1}. [${f.severity}] ${f.kind} (${f.rule})${where}`);
		lines.push(`   ${f.message}`);
		lines.push(`   Why: ${f.why}`);
		if (f.norm && norms) lines.push(`   Norm: ${normChip(f.norm, norms)}`);
		for (const fix of f.fixes) {
			const [first, ...rest] = describeFix(fix);
			lines.push(`   Fix: ${first}`);
			for (const r of rest) lines.push(`   ${r}`);
		}
	});
	return lines;
}
