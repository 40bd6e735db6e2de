/** unhurried eval --cv K: cross-validation of both learned scorers on the training data, grouped by source. */
import { CHAT_TRAINING, fitChat, shownKinds } from '../../core/chat/chat-training.js';
import { CHAT_KINDS, type FindingKind, MEETING_KINDS } from '../../core/finding.js';
import { reachedKinds } from '../../core/learn/fit-scorer.js';
import { SCORED_MEETING_KINDS } from '../../core/meeting/meeting-scorer.js';
import { fitMeetings, MEETING_TRAINING } from '../../core/meeting/meeting-training.js';
import { CliError, type Io } from '../cli-error.js';
import { REAL_CORPORA } from '../real-corpora.js';
import { chatExamples, meetingExamples, readRealCorpora, readTrainingData } from '../training-data.js';
import { conf, score, table } from './eval-report.js';

/** eval --cv K: K-fold cross-validation of both scorers on the training data, folds grouped by source. */
export async function crossValidateCommand(
	value: string,
	json: boolean,
	errors: boolean,
	io: Io,
): Promise<number> {
	const folds = Number(value);
	if (!Number.isInteger(folds) || folds < 2 || folds > 20)
		throw new CliError(`--cv: expected a number of folds from 2 to 20, got "${value}"`);
	const data = await readTrainingData();
	const real = await readRealCorpora(REAL_CORPORA);
	const chat = chatExamples(data, real);
	const chatFit = fitChat(chat, { ...CHAT_TRAINING, folds });
	const chatPredicted = chatFit.items.map(
		(item, i) => new Set<FindingKind>(shownKinds(item, chatFit.outOfFold[i], chatFit.thresholds, 'balanced')),
	);
	const meetings = meetingExamples(data, real);
	const meetingFit = fitMeetings(meetings, { ...MEETING_TRAINING, folds });
	const meetingPredicted = meetingFit.items.map(
		(item, i) =>
			new Set<FindingKind>([
				...item.fixed,
				...reachedKinds(
					item,
					SCORED_MEETING_KINDS,
					meetingFit.outOfFold[i],
					meetingFit.thresholds,
					'balanced',
				),
			]),
	);
	const reports = [
		...cvReports('chat', chat, chatPredicted, CHAT_KINDS),
		...cvReports('meeting', meetings, meetingPredicted, MEETING_KINDS),
	];
	if (json) io.out(JSON.stringify({ folds, reports }));
	else
		io.out(
			reports
				.flatMap((r) => [
					...table(`${r.group}, ${folds}-fold cross-validation, ${r.name} training examples`, r.score),
					'',
				])
				.join('\n')
				.trimEnd(),
		);
	if (errors) {
		// The real examples the cross-validated scorer gets wrong, with each wrong kind's out-of-fold probability.
		const lines: string[] = [];
		chat.forEach((e, i) => {
			if (e.origin !== 'real') return;
			const got = chatPredicted[i] ?? new Set<FindingKind>();
			const wrong = CHAT_KINDS.filter((k) => e.labels.includes(k) !== got.has(k));
			if (wrong.length === 0) return;
			const p = chatFit.outOfFold[i];
			const detail = wrong
				.map(
					(k) =>
						`${got.has(k) ? 'extra' : 'missed'} ${k} (p ${conf(p?.[k])}, t ${conf(chatFit.thresholds[k][chatFit.items[i]?.pointed.has(k) ? 'candidate' : 'whole'].balanced)}${chatFit.items[i]?.reach.has(k) ? '' : ', out of reach'})`,
				)
				.join('; ');
			lines.push(`${e.where}  ${detail}`, `    ${JSON.stringify(e.text.replace(/\s+/g, ' ').slice(0, 140))}`);
		});
		io.out(['', `misclassified real chat examples: ${lines.length / 2}`, ...lines].join('\n'));
	}
	return 0;
}

function cvReports(
	group: string,
	examples: readonly { origin: 'written' | 'real'; labels: readonly string[] }[],
	predicted: readonly Set<FindingKind>[],
	kinds: readonly FindingKind[],
) {
	return (['all', 'written', 'real'] as const)
		.map((name) => ({
			name,
			idx: examples.flatMap((e, i) => (name === 'all' || e.origin === name ? [i] : [])),
		}))
		.filter(({ idx }) => idx.length > 0)
		.map(({ name, idx }) => ({
			group,
			name,
			score: score(
				idx.map((i) => examples[i] as { labels: readonly string[] }),
				idx.map((i) => predicted[i] ?? new Set()),
				kinds,
			),
		}));
}
