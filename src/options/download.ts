/** Saves `value` as a pretty-printed JSON file through a temporary link (no downloads permission needed). */
export function downloadJson(fileName: string, value: unknown): void {
	const blob = new Blob([`${JSON.stringify(value, null, '\t')}\n`], { type: 'application/json' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `Acme Support` → `acme-support`. */
export const slug = (name: string) =>
	name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'norms';
