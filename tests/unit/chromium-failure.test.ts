import { describe, expect, it } from 'vitest';
import { chromiumErrors, explainChromiumFailure } from '../../scripts/chromium-failure.mjs';

// Lines as Debian's Chromium 156 printed them here, around the noise every run in a container prints; the
// sandbox line is worded as Chromium's zygote host words it (this machine allows user namespaces, so it never fails).
const WRAPPER = '/usr/bin/chromium: 9: [: 25276026880: unexpected operator';
const DBUS =
	'[1:2:1127/130206.341794:ERROR:dbus/bus.cc:405] Failed to connect to the bus: Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory';
const NO_X = [
	'[1520:1520:1127/131351.917980:ERROR:ui/ozone/platform/x11/ozone_platform_x11.cc:257] Missing X server or $DISPLAY',
	'[1520:1520:1127/131351.918008:ERROR:ui/aura/env.cc:253] The platform failed to initialize.  Exiting.',
	'[1539:1539:0100/000000.174387:ERROR:content/zygote/zygote_linux.cc:662] write: Broken pipe (32)',
];
const REFUSED = ['Authorization required, but no authorization protocol specified', ...NO_X];
const WAYLAND = [
	'[16033:16033:1127/130316.944842:ERROR:ui/ozone/platform/wayland/host/wayland_connection.cc:210] Failed to connect to Wayland display: No such file or directory (2)',
	'[16033:16033:1127/130316.944909:ERROR:ui/aura/env.cc:253] The platform failed to initialize.  Exiting.',
];
const ROOT = [
	'[13997:13997:1127/130203.383215:ERROR:content/browser/zygote_host/zygote_host_impl_linux.cc:103] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
];
const NO_SANDBOX = [
	'[1:1:1127/120000.000000:FATAL:content/browser/zygote_host/zygote_host_impl_linux.cc:128] No usable sandbox! If you are running on Ubuntu 23.10+ or another Linux distro that has disabled unprivileged user namespaces with AppArmor, see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md.',
];
const log = (lines: string[]) => [WRAPPER, DBUS, ...lines, DBUS].join('\n');

describe('why Chromium stopped at start', () => {
	it.each([
		[
			'the X server refused it (sudo)',
			REFUSED,
			/X server at :5 refused Chromium.*XAUTHORITY=\/root\/x does not/,
			/not with sudo/,
		],
		['no X server', NO_X, /no X server answered at :5/, /xvfb-run -a npm start/],
		['no Wayland compositor', WAYLAND, /Wayland compositor at :5/, /xvfb-run -a npm start/],
		['root with the sandbox on', ROOT, /as root/, /npm start -- --no-sandbox/],
		['no usable sandbox for a user', NO_SANDBOX, /user namespaces/, /npm start -- --no-sandbox/],
	])('%s', (_, lines, what, todo) => {
		const answer = explainChromiumFailure(log(lines), { display: ':5', xauthority: '/root/x' });
		expect(answer.what).toMatch(what);
		expect(answer.todo).toMatch(todo);
	});

	it('names no cause for a log it does not know, and still says what to do', () => {
		const answer = explainChromiumFailure(log(['[1:1:0:ERROR:somewhere.cc:1] something new']), {});
		expect(answer.what).toBeUndefined();
		expect(answer.todo).toMatch(/load the build by hand/);
	});

	it('shows the lines that say why, without the D-Bus and wrapper noise', () => {
		expect(chromiumErrors(log(REFUSED))).toEqual([REFUSED[0], NO_X[0], NO_X[1]]);
	});
});
