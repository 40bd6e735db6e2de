import { readFileSync, readdirSync } from 'node:fs';
import { draftFacts } from '/work/wt/coach/src/core/draft-facts.js';
import { englishVerdict } from '/work/wt/coach/src/core/language.js';
import { detectAll } from 'tinyld/light';
import { franc } from 'franc-min';
const strip = (t: string) => t.replace(/```[\s\S]*?```|`[^`\n]*`/g, ' ').replace(/\bhttps?:\/\/\S+|<[a-z]+>|@\S+|#\d+/gi, ' ');
const ids: Record<string, (t: string) => 'english' | 'other'> = {
  'words only (unsure=english)': () => 'english',
  ...Object.fromEntries([[0.3,0.1],[0.2,0.05],[0.4,0.15],[0,0]].map(([a,m]) => [`tinyld a${a} m${m}`, (t: string) => { const [b, s] = detectAll(strip(t).slice(0, 2000)); if (!b || b.lang === 'en') return 'english'; return b.accuracy >= a && b.accuracy - (s?.lang === 'en' ? s.accuracy : 0) >= m ? 'other' : 'english'; }])),
  'tinyld + foreign word or no English word': (t) => { const [b] = detectAll(strip(t).slice(0, 2000)); if (!b || b.lang === 'en') return 'english'; const d = draftFacts(t).sentences; const f = d.reduce((n, s) => n + s.lang.foreign, 0); const e = d.reduce((n, s) => n + s.lang.english, 0); const w = d.reduce((n, s) => n + s.lang.words, 0); return f >= 1 || (e === 0 && w >= 4) ? 'other' : 'english'; },
  'tinyld + a foreign word': (t) => { const [b] = detectAll(strip(t).slice(0, 2000)); if (!b || b.lang === 'en') return 'english'; const f = draftFacts(t).sentences.reduce((n, s) => n + s.lang.foreign, 0); return f >= 1 ? 'other' : 'english'; },
  'franc + a foreign word': (t) => { const r = franc(strip(t), { minLength: 3 }); if (r === 'eng' || r === 'und' || r === 'sco') return 'english'; const f = draftFacts(t).sentences.reduce((n, s) => n + s.lang.foreign, 0); return f >= 1 ? 'other' : 'english'; },
  tinyld: (t) => { const [b, s] = detectAll(strip(t).slice(0, 2000)); if (!b || b.lang === 'en') return 'english'; return b.accuracy >= 0.5 && b.accuracy - (s?.lang === 'en' ? s.accuracy : 0) >= 0.2 ? 'other' : 'english'; },
  'franc-min': (t) => { const r = franc(strip(t), { minLength: 3 }); return r === 'eng' || r === 'und' || r === 'sco' ? 'english' : 'other'; },
};
const short = readFileSync('/work/wt/coach/data/lang/short-drafts.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const english = [
  ...readFileSync('/work/shared/corpus/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((o) => o.kind === 'chat').map((o) => o.text),
  ...readdirSync('/work/wt/coach/data/train').filter((f) => f.startsWith('chat')).flatMap((f) => readFileSync('/work/wt/coach/data/train/' + f, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text)),
];
for (const [name, id] of Object.entries(ids)) {
  const decide = (t: string) => { const v = englishVerdict(draftFacts(t)); return v === 'unsure' ? id(t) : v; };
  const per: Record<string, [number, number]> = {};
  for (const it of short) { const ok = (decide(it.text) === 'english') === (it.lang === 'en'); const p = (per[it.lang] ??= [0, 0]); p[1]++; if (ok) p[0]++; }
  let wrong = 0, unsure = 0; const bad: string[] = [];
  for (const t of english) { const v = englishVerdict(draftFacts(t)); if (v === 'unsure') unsure++; if (decide(t) !== 'english') { wrong++; if (bad.length < 5) bad.push(t.slice(0, 60)); } }
  const t0 = performance.now(); for (const it of short) id(it.text); const ms = (performance.now() - t0) / short.length;
  console.log(`${name.padEnd(28)} short drafts correct: ${Object.entries(per).map(([l, [a, b]]) => `${l} ${a}/${b}`).join(' ')} | English texts called other: ${wrong}/${english.length} (unsure ${unsure}) | ${ms.toFixed(2)} ms/call`);
  if (bad.length) console.log('   e.g.', bad.map((b) => JSON.stringify(b)).join(' '));
}
