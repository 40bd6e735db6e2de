/** Saves `text` as a file, byte for byte, through a temporary link (no downloads permission needed). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const blob = new Blob([text], { type });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves `value` as a pretty-printed JSON file. */
export function downloadJson(fileName: string, value: unknown): void {
	downloadText(fileName, `${JSON.stringify(value, null, '\t')}\n`);
}

/** `Acme Support` → `acme-support`. */
export const slug = (name: string) =>
	name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'norms';
