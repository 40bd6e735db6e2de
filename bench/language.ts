/**
 * npm run bench (last table): the language identifiers side by side on short drafts — what each adds to a
 * bundle, how often it tells the five most common other languages from English alone, and with Unhurried's
 * word lists in front of it (as shipped: the identifier only settles what the lists cannot, and only a
 * language's own function word lets it say "not English"). English false alarms are counted on every English
 * text the project has (its training examples), where a wrong "not English" would silence all hints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { franc } from 'franc-min';
import { draftFacts } from '../src/core/chat/draft-facts.js';
import { englishVerdict, settleVerdict } from '../src/core/chat/language.js';
import { identifyLanguage } from '../src/core/text/language-id.js';

const root = resolve(import.meta.dirname, '..');
const ISO3: Record<string, string> = { eng: 'en', por: 'pt', spa: 'es', fra: 'fr', deu: 'de', ita: 'it' };

async function bundleSize(module: string): Promise<{ raw: number; gzip: number }> {
	const out = await build({
		stdin: { contents: `export * from '${module}';`, resolveDir: root, loader: 'js' },
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		write: false,
		logLevel: 'silent',
	});
	const code = out.outputFiles[0]?.contents ?? new Uint8Array();
	return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const { detect: eldDetect } = await import('eld/small').then((m) => ({
	detect: (text: string) => (m.eld.detect(text).language as string) || 'und',
}));

const identifiers: [string, string, (text: string) => string][] = [
	['tinyld/light (shipped)', 'tinyld/light', identifyLanguage],
	['franc-min', 'franc-min', (t) => ISO3[franc(t, { minLength: 1 })] ?? franc(t, { minLength: 1 })],
	['eld/small', 'eld/small', eldDetect],
];

interface Sample {
	lang: string;
	text: string;
}
const short: Sample[] = readFileSync(resolve(root, 'data/lang/short-drafts.jsonl'), 'utf8')
	.trim()
	.split('\n')
	.map((l) => JSON.parse(l) as Sample);
const english = readdirSync(resolve(root, 'data/train'))
	.filter((f) => f.startsWith('chat'))
	.flatMap((f) =>
		readFileSync(resolve(root, 'data/train', f), 'utf8')
			.trim()
			.split('\n')
			.map((l) => (JSON.parse(l) as { text: string }).text),
	);
const langs = ['pt', 'es', 'fr', 'de', 'it', 'en'];

console.log(
	`\nLanguage identifiers on ${short.length} short drafts (3–12 words; 20 in each of five languages, 40 English) and ${english.length} English training texts`,
);
console.log(
	`${'identifier'.padEnd(24)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}  ${'alone: right per language'.padEnd(44)}${'with word lists'.padEnd(44)}English called other`,
);
for (const [name, module, identify] of identifiers) {
	const size = await bundleSize(module);
	const alone: Record<string, number> = {};
	const combined: Record<string, number> = {};
	for (const s of short) {
		const guess = identify(s.text);
		if ((guess === 'en') === (s.lang === 'en') && (s.lang === 'en' || guess !== 'und'))
			alone[s.lang] = (alone[s.lang] ?? 0) + 1;
		const draft = draftFacts(s.text);
		const v = englishVerdict(draft);
		const settled = v === 'unsure' ? settleVerdict(draft, identify(s.text)) : v;
		if ((settled === 'english') === (s.lang === 'en')) combined[s.lang] = (combined[s.lang] ?? 0) + 1;
	}
	let falseOther = 0;
	for (const text of english) {
		const draft = draftFacts(text);
		const v = englishVerdict(draft);
		if ((v === 'unsure' ? settleVerdict(draft, identify(text)) : v) === 'other') falseOther++;
	}
	const per = (r: Record<string, number>) =>
		langs.map((l) => `${l} ${r[l] ?? 0}/${short.filter((s) => s.lang === l).length}`).join(' ');
	console.log(
		`${name.padEnd(24)}${(size.raw / 1024).toFixed(0).padStart(8)}${(size.gzip / 1024).toFixed(0).padStart(9)}  ${per(alone).padEnd(44)}  ${per(combined).padEnd(44)}${falseOther}/${english.length}`,
	);
}
