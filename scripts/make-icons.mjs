// Draws the toolbar icon (a calm blue disc with a white clock hand) as PNGs into public/icons.
// Run once when the design changes: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const crc32 = (buf) => {
	let c = 0xffffffff;
	for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
};

function icon(size) {
	const rows = [];
	const c = (size - 1) / 2;
	const r = size / 2 - 0.5;
	for (let y = 0; y < size; y++) {
		const row = [0];
		for (let x = 0; x < size; x++) {
			const d = Math.hypot(x - c, y - c);
			const alpha = Math.max(0, Math.min(1, r - d + 0.5));
			// Clock hands: up and to the right, white.
			const hand =
				(Math.abs(x - c) <= size / 16 && y <= c && y >= c - r * 0.62) ||
				(Math.abs(y - c) <= size / 16 && x >= c && x <= c + r * 0.45);
			const [R, G, B] = hand ? [255, 255, 255] : [43, 95, 217];
			row.push(R, G, B, Math.round(alpha * 255));
		}
		rows.push(Buffer.from(row));
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 6, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(Buffer.concat(rows))),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

mkdirSync(new URL('../public/icons/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128])
	writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), icon(size));
