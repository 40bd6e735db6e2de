import { analyzeDraftResult, type DraftStatus } from '../../core/chat/analyze-draft.js';
import { AnalysisContext } from '../../core/context.js';
import type { Finding } from '../../core/finding.js';
import type { Sensitivity } from '../../core/learn/linear-model.js';
import { analyzeMeeting } from '../../core/meeting/analyze-meeting.js';
import { Meeting } from '../../core/meeting/meeting.js';
import type { Norms } from '../../core/norms/schema.js';
import { CliError, type Io } from '../cli-error.js';
import { firstIssue, readCorpus, toMeeting } from '../corpus.js';
import { readJson } from '../files.js';
import { describeFindings, markSpans } from '../format.js';
import { CLI_DRAFT_OPTIONS, loadNorms, loadNow, loadSensitivity, parseArgs } from '../options.js';

const CHANNEL_KINDS = ['dm', 'channel', 'thread'] as const;

function chatContext(now: number, channel: string | undefined, sensitivity: Sensitivity): AnalysisContext {
	if (channel !== undefined && !(CHANNEL_KINDS as readonly string[]).includes(channel))
		throw new CliError(`--channel: expected one of ${CHANNEL_KINDS.join(', ')}, got "${channel}"`);
	return AnalysisContext.parse({
		surface: 'chat',
		now,
		sensitivity,
		...(channel ? { channelKind: channel } : {}),
	});
}

async function checkMeeting(file: string, norms: Norms, now: number, json: boolean, io: Io): Promise<number> {
	const parsed = Meeting.safeParse(await readJson(file));
	if (!parsed.success) throw new CliError(`${file}: invalid meeting at ${firstIssue(parsed.error)}`);
	const meeting = parsed.data;
	const findings = analyzeMeeting(meeting, AnalysisContext.parse({ surface: 'calendar', now }), norms);
	if (json) io.out(JSON.stringify({ status: 'ok', findings }));
	else {
		io.out(`${meeting.title || '(untitled meeting)'}`);
		io.out(
			findings.length === 0
				? 'No findings.'
				: describeFindings(meeting.description, findings, norms).join('\n'),
		);
	}
	return 0;
}

async function checkJsonl(
	file: string,
	norms: Norms,
	now: number,
	channel: string | undefined,
	sensitivity: Sensitivity,
	io: Io,
): Promise<number> {
	const items = await readCorpus(file);
	for (const item of items) {
		let result: { status: DraftStatus; findings: Finding[] };
		if (item.kind === 'chat')
			result = analyzeDraftResult(
				item.text,
				chatContext(now, channel, sensitivity),
				norms,
				CLI_DRAFT_OPTIONS,
			);
		else
			result = {
				status: 'ok',
				findings: analyzeMeeting(
					toMeeting(item),
					AnalysisContext.parse({ surface: 'calendar', now, sensitivity }),
					norms,
				),
			};
		const kinds = [...new Set(result.findings.map((f) => f.kind))];
		io.out(JSON.stringify({ id: item.id, status: result.status, kinds, findings: result.findings }));
	}
	return 0;
}

/** unhurried check "text" | - | --meeting FILE | --jsonl FILE  [--json] [--norms FILE] [--now ISO] [--channel KIND] */
export async function checkCommand(args: string[], io: Io): Promise<number> {
	const opts = parseArgs(
		args,
		['--json'],
		['--norms', '--now', '--meeting', '--jsonl', '--channel', '--sensitivity'],
	);
	const sensitivity = loadSensitivity(opts.values.get('--sensitivity'));
	const norms = await loadNorms(opts.values.get('--norms'));
	const now = loadNow(opts.values.get('--now'));
	const json = opts.flags.has('--json');
	const meeting = opts.values.get('--meeting');
	const jsonl = opts.values.get('--jsonl');
	const channel = opts.values.get('--channel');
	if (meeting && jsonl) throw new CliError('check: use either --meeting or --jsonl, not both');
	if ((meeting || jsonl) && opts.positional.length > 0)
		throw new CliError(
			`check: unexpected argument "${opts.positional[0]}" with ${meeting ? '--meeting' : '--jsonl'}`,
		);
	if (meeting) return checkMeeting(meeting, norms, now, json, io);
	if (jsonl) return checkJsonl(jsonl, norms, now, channel, sensitivity, io);

	if (opts.positional.length !== 1)
		throw new CliError('check: give the draft as one quoted argument, or "-" to read it from stdin');
	const arg = opts.positional[0] ?? '';
	const text = arg === '-' ? await io.readStdin() : arg;
	const { status, findings } = analyzeDraftResult(
		text,
		chatContext(now, channel, sensitivity),
		norms,
		CLI_DRAFT_OPTIONS,
	);
	if (json) {
		io.out(JSON.stringify({ status, findings }));
		return 0;
	}
	if (status === 'empty') io.out('The draft is empty.');
	else if (status === 'unsupported')
		io.out('Not supported: Unhurried reads English only for now, and this draft is not in English.');
	else if (findings.length === 0) io.out('No findings: good to send.');
	else {
		io.out(markSpans(text, findings));
		io.out('');
		io.out(describeFindings(text, findings, norms).join('\n'));
	}
	return 0;
}
