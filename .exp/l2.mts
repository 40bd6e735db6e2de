import { readFileSync } from 'node:fs';
import { draftFacts } from '../src/core/draft-facts.js';
import { englishVerdict, settleVerdict } from '../src/core/language.js';
import { identifyLanguage } from '../src/core/language-id.js';
for (const l of readFileSync('data/lang/short-drafts.jsonl', 'utf8').trim().split('\n')) {
  const s = JSON.parse(l); if (s.lang === 'en') continue;
  const d = draftFacts(s.text); const v = englishVerdict(d); const f = v === 'unsure' ? settleVerdict(d, identifyLanguage(s.text)) : v;
  if (f !== 'other') console.log(s.lang, v, identifyLanguage(s.text), JSON.stringify(d.sentences.map((x) => x.lang)), s.text);
}
