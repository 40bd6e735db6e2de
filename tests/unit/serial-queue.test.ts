import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../src/background/serial-queue.js';

/** A promise settled from outside, to hold a task in the middle of its turn. */
function gate() {
	let open: () => void = () => {};
	const opened = new Promise<void>((resolve) => {
		open = resolve;
	});
	return { open, opened };
}

describe('serialQueue', () => {
	it('starts a task only after the one queued before it has settled', async () => {
		const serial = serialQueue();
		const log: string[] = [];
		const first = gate();
		const a = serial(async () => {
			log.push('a starts');
			await first.opened;
			log.push('a ends');
			return 'a';
		});
		const b = serial(async () => {
			log.push('b starts');
			return 'b';
		});
		await Promise.resolve();
		await Promise.resolve();
		expect(log).toEqual(['a starts']);
		first.open();
		expect(await Promise.all([a, b])).toEqual(['a', 'b']);
		expect(log).toEqual(['a starts', 'a ends', 'b starts']);
	});

	it('rejects only the failing task’s caller and keeps running the queue', async () => {
		const serial = serialQueue();
		const failing = serial(async () => {
			throw new Error('store is down');
		});
		const next = serial(async () => 'written');
		await expect(failing).rejects.toThrow('store is down');
		await expect(next).resolves.toBe('written');
	});

	it('never loses a read-modify-write when many run at once', async () => {
		const serial = serialQueue();
		let stored = 0;
		const read = async () => stored;
		const write = async (n: number) => {
			stored = n;
		};
		await Promise.all(Array.from({ length: 20 }, () => serial(async () => write((await read()) + 1))));
		expect(stored).toBe(20);
	});

	it('keeps separate queues apart: one held task does not stop another queue', async () => {
		const one = serialQueue();
		const two = serialQueue();
		const held = gate();
		const slow = one(() => held.opened.then(() => 'slow'));
		await expect(two(async () => 'quick')).resolves.toBe('quick');
		held.open();
		await expect(slow).resolves.toBe('slow');
	});
});
