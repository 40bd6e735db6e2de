// Why Chromium stopped as it started, read from its own log, and what a newcomer can do about it.
// Each cause matches the line Chromium 156 prints for it (captured on Debian 12 as root and as a user).

/** `{ what, todo }` for the first cause whose line is in the log; only `todo` when none is. */
export function explainChromiumFailure(log, { display = '', xauthority = '' }) {
	const onDisplay = display ? ` at ${display}` : '';
	const causes = [
		{
			line: /Running as root without --no-sandbox/,
			what: 'Chromium refuses to run as root with its sandbox on.',
			todo: 'Run `npm start -- --no-sandbox`.',
		},
		{
			line: /No usable sandbox|Failed to move to new namespace|setuid sandbox/i,
			what:
				"Chromium's sandbox cannot start on this machine: it needs unprivileged user namespaces, which this " +
				"system does not allow (an AppArmor rule on Ubuntu 23.10 and later, a container's seccomp profile, " +
				'or the kernel settings kernel.unprivileged_userns_clone / user.max_user_namespaces).',
			todo:
				'Allow them (the link in the log below explains how), or, on a machine you trust, run Chromium ' +
				'without its sandbox: `npm start -- --no-sandbox`.',
		},
		{
			line: /Authorization required|Invalid MIT-MAGIC-COOKIE/,
			what:
				`The X server${onDisplay} refused Chromium: it accepts only clients that show its key, and ` +
				`${xauthority ? `XAUTHORITY=${xauthority} does not hold it` : 'XAUTHORITY is not set'} ` +
				'(as under sudo, or from another user).',
			todo:
				'Run `npm start` as the user who owns the display (not with sudo), or set XAUTHORITY to that ' +
				"user's ~/.Xauthority; `xvfb-run -a npm start` gives Chromium a display of its own.",
		},
		{
			line: /Failed to connect to Wayland display/,
			what: `Chromium could not reach the Wayland compositor${onDisplay}.`,
			todo: 'Log in to a desktop session, or run `xvfb-run -a npm start` to give Chromium a display of its own.',
		},
		{
			line: /Missing X server or \$DISPLAY|cannot open display/,
			what: `Chromium could not open a window: no X server answered${onDisplay}.`,
			todo: 'Start the X server or fix DISPLAY, or run `xvfb-run -a npm start` to give Chromium a display of its own.',
		},
		{
			line: /error while loading shared libraries|cannot open shared object/,
			what: 'Chromium is missing one of its libraries.',
			todo: 'Reinstall it: `sudo apt-get install --reinstall chromium`.',
		},
	];
	const cause = causes.find((c) => c.line.test(log));
	if (cause) return { what: cause.what, todo: cause.todo };
	return {
		todo: 'Read its messages below; meanwhile, load the build by hand in another browser (see below).',
	};
}

/** The log's last few error lines, without the noise every run prints (no D-Bus in containers, the wrapper). */
export function chromiumErrors(log, count = 6) {
	return log
		.split('\n')
		.filter((l) => /ERROR|FATAL|error|Authorization required|No usable sandbox/.test(l))
		.filter((l) => !/dbus|D-Bus|unexpected operator|zygote_linux\.cc.*Broken pipe|Fontconfig/.test(l))
		.slice(-count);
}
