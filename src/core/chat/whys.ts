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
			`Your reader has to write back just to learn what you need, a round trip of ${wait} on this team.`,
			`Before anyone can help they must ask what this is about, and each reply here can take ${wait}.`,
			'A ping without the question leaves the reader waiting for it, often for hours.',
		],
		which: [
			`The reader sees only this message, so they must ask “which one?” and wait ${wait} for the answer.`,
			`Without the link or name the reader has to hunt for it or ask back, a round trip of ${wait}.`,
			'Naming the thing saves the reader a search and you a “which one?” reply.',
		],
		bug: [
			`Whoever picks this up must first ask for the error, the steps and the setup, each a round trip of ${wait}.`,
			'The reader cannot reproduce a failure they cannot see, so their first reply will be questions.',
		],
		terse: [
			`The reader can’t act on this yet and must ask back, which costs ${wait} here.`,
			'With no link, error or version the reader has to guess or ask, and guesses cost both of you.',
		],
		pressure: [
			`${say(word)} makes the reader drop focused work without saying when it is really needed; real emergencies go to ${sos}.`,
			`The reader can’t tell how soon is soon enough, so they interrupt what they’re doing; a time lets them plan.`,
			`${say(word)} pulls someone out of deep work for something that can likely wait for a time you name.`,
		],
		shouting: [
			'Capitals and exclamation marks read as alarm, so the reader drops focused work without knowing when it is due.',
			`The reader feels the pressure but not the deadline; a plain time says what you need, and emergencies go to ${sos}.`,
		],
	};
	return pickVariant(seed, variants[kase]);
}
