// Which display a browser window can open on: DISPLAY (X11) or WAYLAND_DISPLAY, each checked by connecting to
// its socket, so a variable left over from another session (ssh, sudo, a closed Xvfb) is told apart from a
// display that answers. Firefox waits 30 s on a dead display and then names only a refused port; this says why.
import { connect } from 'node:net';
import { join } from 'node:path';

/** Resolves true when something accepts a connection at `target` ({ path } or { host, port }) within 2 s. */
function answers(target) {
	return new Promise((done) => {
		const socket = connect(target);
		const finish = (ok) => {
			socket.destroy();
			done(ok);
		};
		socket.setTimeout(2000, () => finish(false));
		socket.once('connect', () => finish(true));
		socket.once('error', () => finish(false));
	});
}

/** Where an X display listens: `:N` and `unix:N` are local sockets, `host:N` is TCP port 6000+N (ssh -X). */
function xSockets(display) {
	const match = /^(.*):(\d+)(\.\d+)?$/.exec(display);
	if (!match) return undefined;
	const [, host, number] = match;
	if (host === '' || host === 'unix') {
		const path = `/tmp/.X11-unix/X${number}`;
		return { where: path, targets: [{ path }, { path: `\0${path}` }] }; // the file, then the abstract socket
	}
	if (host.startsWith('/')) return undefined; // a launchd path (XQuartz): not ours to second-guess
	return { where: `${host}:${6000 + Number(number)}`, targets: [{ host, port: 6000 + Number(number) }] };
}

/**
 * The display to use: `{ kind: 'x11' | 'wayland', name }`, or `{ kind: 'none', problem? }` where `problem` says
 * which variable is set but has nothing behind it (absent when neither variable is set).
 */
export async function findDisplay(env) {
	const problems = [];
	if (env.DISPLAY) {
		const sockets = xSockets(env.DISPLAY);
		if (!sockets) return { kind: 'x11', name: env.DISPLAY };
		for (const target of sockets.targets)
			if (await answers(target)) return { kind: 'x11', name: env.DISPLAY };
		problems.push(`DISPLAY=${env.DISPLAY} is set, but no X server answers there (${sockets.where})`);
	}
	if (env.WAYLAND_DISPLAY) {
		const name = env.WAYLAND_DISPLAY;
		if (!name.startsWith('/') && !env.XDG_RUNTIME_DIR)
			problems.push(`WAYLAND_DISPLAY=${name} is set, but XDG_RUNTIME_DIR (where its socket is) is not`);
		else {
			const path = name.startsWith('/') ? name : join(env.XDG_RUNTIME_DIR, name);
			if (await answers({ path })) return { kind: 'wayland', name };
			problems.push(`WAYLAND_DISPLAY=${name} is set, but no Wayland compositor answers at ${path}`);
		}
	}
	return { kind: 'none', problem: problems.join('; ') || undefined };
}
