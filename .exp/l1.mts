import { draftFacts } from '../src/core/draft-facts.js';
import { englishVerdict } from '../src/core/language.js';
for (const t of ['Bitte schick mir die Datei sofort, es ist dringend und wir brauchen sie heute noch.', 'Por favor envíame el archivo hoy mismo, es muy urgente para el cliente.', '請盡快把文件發給我，這很緊急。', 'Пожалуйста, пришлите мне файл как можно скорее, это срочно.']) {
  const d = draftFacts(t); console.log(englishVerdict(d), d.sentences.map((s) => JSON.stringify(s.lang)).join(' '));
}
