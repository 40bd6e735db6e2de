/**
 * The one-sentence "why" of each chat finding, led by what it costs the reader. Several wordings per case,
 * picked by the draft (the same draft always reads the same, the next one may read differently); the norm
 * itself goes in the card's chip (`Finding.norm`), so the sentence does not repeat it.
 */
import type { Norms } from '../norms/schema.js';

/** A stable pick among the variants for this draft. */
export function pickVariant<T>(seed: string, variants: readonly T[]): T {
	let h = 0;
	for (let i = 0; i < seed.length; i++) h = (h * 31 + seed.charCodeAt(i)) | 0;
	return variants[Math.abs(h) % variants.length] as T;
}

const hoursUpTo = (norms: Norms) => {
	const max = norms.channels.chat.response.maxHours;
	return max > 0 ? `up to ${max} h` : 'a while';
};

export type WhyCase = 'vague' | 'which' | 'bug' | 'terse' | 'pressure' | 'shouting';

/** The why for a case, worded for this draft. */
export function chatWhy(kase: WhyCase, norms: Norms, seed: string, word = ''): string {
	const wait = hoursUpTo(norms);
	const sos = norms.emergency.channel.name;
	const say = (w: string) => (w ? `“${w}”` : 'Pressure');
	const variants: Record<WhyCase, string[]> = {
		vague: [
			`Your reader has to write back just to learn what you need: a round trip of ${wait}.`,
			'A ping without the question leaves the reader waiting for it, often for hours.',
		],
		which: [
			`The reader sees only this message, so they must ask “which one?” and wait ${wait}.`,
			'Naming the thing saves the reader a search and you a “which one?” reply.',
		],
		bug: ['Whoever picks this up must first ask for the error, the steps and the setup.'],
		terse: [`The reader can’t act on this yet and must ask back, which costs ${wait}.`],
		pressure: [
			`${say(word)} makes the reader drop focused work without saying when; emergencies go to ${sos}.`,
			'The reader can’t tell how soon is soon enough, so they interrupt their work; a time lets them plan.',
		],
		shouting: [
			`Capitals read as alarm: the reader drops focused work without a deadline; emergencies go to ${sos}.`,
		],
	};
	return pickVariant(seed, variants[kase]);
}
