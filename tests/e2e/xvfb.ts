/**
 * A virtual X display (Debian's `xvfb`) for tests that open real browser windows, as on a desktop. Xvfb picks a
 * free display number itself (-displayfd), so parallel runs and a developer's own display are never touched.
 * It accepts only clients that show its key, as a desktop's X server does (XAUTHORITY).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';

export interface Xvfb {
	/** `:N`, for DISPLAY. */
	display: string;
	/** The file holding the display's key, for XAUTHORITY. */
	xauthority: string;
	stop(): Promise<void>;
}

/** One .Xauthority entry: family, address, display number, auth name, auth data, each length-prefixed (BE). */
function xauthorityEntry(cookie: Buffer): Buffer {
	const field = (bytes: Buffer) =>
		Buffer.concat([Buffer.from([bytes.length >> 8, bytes.length & 255]), bytes]);
	return Buffer.concat([
		Buffer.from([0xff, 0xff]), // FamilyWild: any host
		field(Buffer.alloc(0)),
		field(Buffer.alloc(0)), // no display number: any, as the number is Xvfb's choice
		field(Buffer.from('MIT-MAGIC-COOKIE-1')),
		field(cookie),
	]);
}

/** Starts Xvfb with a 1280×900 screen and a fresh key written to `xauthority`. */
export async function startXvfb(xauthority: string): Promise<Xvfb> {
	await writeFile(xauthority, xauthorityEntry(randomBytes(16)), { mode: 0o600 });
	const server = spawn(
		'Xvfb',
		['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp', '-auth', xauthority],
		{ stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
	);
	let said = '';
	server.stderr?.on('data', (chunk) => {
		said += chunk;
	});
	const exited = new Promise<void>((done) => server.once('exit', () => done()));
	const number = await new Promise<string>((found, failed) => {
		server.once('error', (e) => failed(new Error(`Xvfb did not start (${e.message}): apt-get install xvfb`)));
		server.once('exit', (code) => failed(new Error(`Xvfb exited with code ${code}: ${said}`)));
		server.stdio[3]?.once('data', (chunk) => found(String(chunk).trim()));
	});
	return {
		display: `:${number}`,
		xauthority,
		async stop() {
			server.kill();
			await exited;
		},
	};
}
