// The Chrome extension id that the manifest `key` pins: sha256 of the key, first 32 hex digits mapped 0-f → a-p.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function extensionIdFromKey(key) {
	const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
	return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

export function extensionId() {
	return extensionIdFromKey(
		JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')).key,
	);
}

if (import.meta.filename === process.argv[1]) console.log(extensionId());
