/**
 * Deterministic chat-like drafts for benchmarks: sentences written for this project (not corpus text),
 * varied by a seed so that no two runs hit a warm sentence cache.
 */
const openers = ['Hey team,', 'Quick note:', 'Hi Sam,', 'FYI', 'Morning all,', 'Heads up:'];
const bodies = [
	'the staging deploy for build {n} finished and the smoke tests passed',
	'could you review the pricing page copy in the doc before Thursday',
	'I moved the retro notes for sprint {n} into the shared folder',
	'the checkout error rate went back to normal after the rollback',
	'we still need a decision on whether to ship the beta to tier {n} customers',
	'can someone take a look at the flaky login test when you have time',
	'the design review is moved to next week because two people are out',
	'please add your estimates for ticket PRJ-{n} so we can plan the sprint',
	'this is urgent, the invoice export is stuck again for account {n}',
	'I wrote up three options for the migration with their trade-offs',
	'click the settings icon, then open billing and the total jumps to zero',
	'thanks for the quick turnaround on the onboarding emails',
];
const closers = [
	'Thanks!',
	'Let me know what you think.',
	'No rush.',
	'Cheers',
	'ASAP please',
	'Any questions?',
];

/** A draft of about `words` words; `seed` changes every sentence. */
export function draftOfWords(words: number, seed: number): string {
	const out: string[] = [];
	let count = 0;
	let i = seed * 7919;
	while (count < words) {
		const pick = <T>(xs: T[]) => xs[Math.abs(i++ * 2654435761) % xs.length] as T;
		const sentence =
			i % 5 === 0
				? `${pick(openers)} ${pick(bodies).replaceAll('{n}', String(seed * 1000 + i))}. ${pick(closers)}`
				: `${pick(bodies).replaceAll('{n}', String(seed * 1000 + i))}.`;
		const capped = sentence.charAt(0).toUpperCase() + sentence.slice(1);
		out.push(capped);
		count += capped.split(/\s+/).length;
		if (out.length % 6 === 0) out.push('\n\n');
	}
	return out.join(' ').replaceAll(' \n\n ', '\n\n');
}

/** The chat context every benchmark analyzes in: a channel, no recipients, a fixed afternoon. */
export const BENCH_CONTEXT = {
	surface: 'chat' as const,
	channelKind: 'channel' as const,
	recipients: [],
	now: Date.UTC(2026, 10, 24, 15),
	disabledRules: [],
	sensitivity: 'balanced' as const,
};
