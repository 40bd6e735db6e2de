import { readFileSync, readdirSync } from 'node:fs';
import { draftFacts } from '../src/core/draft-facts.js';
import { englishVerdict, settleVerdict } from '../src/core/language.js';
import { identifyLanguage } from '../src/core/language-id.js';
for (const f of readdirSync('data/train').filter((f) => f.startsWith('chat'))) for (const l of readFileSync('data/train/' + f, 'utf8').trim().split('\n')) {
  const t = JSON.parse(l).text; const d = draftFacts(t); const v = englishVerdict(d); const r = v === 'unsure' ? settleVerdict(d, identifyLanguage(t)) : v;
  if (r === 'other') console.log(v, identifyLanguage(t), JSON.stringify(d.sentences.reduce((a, s) => ({ e: a.e + s.lang.english, f: a.f + s.lang.foreign, w: a.w + s.lang.words }), { e: 0, f: 0, w: 0 })), JSON.stringify(t.slice(0, 100)));
}
