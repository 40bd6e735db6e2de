/**
 * A light stem: common inflections off, so "fails", "failed" and "failing" share a feature and a word seen
 * once in training still counts in its other forms.
 */
export function stem(word: string): string {
	if (word.startsWith('<') || word.length <= 3) return word;
	if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
	if (word.endsWith('sses')) return word.slice(0, -2);
	if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
	if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
	if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
	if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && word.length > 3)
		return word.slice(0, -1);
	return word;
}
