#!/usr/bin/env bash
# Installs the Debian packages named (chromium, firefox-esr, xvfb; chromium when none is named) that are
# missing, so `npm test` and `npm start` work on a fresh machine. Needs root or sudo for apt-get; says what
# to do otherwise. Waits for another apt-get (another engineer, unattended upgrades) instead of failing on its lock.
set -euo pipefail
[ $# -eq 0 ] && set -- chromium
missing=()
for pkg in "$@"; do
	case "$pkg" in
	xvfb) command=Xvfb ;;
	chromium | firefox-esr) command=$pkg ;;
	*)
		echo "unhurried: ensure-browsers.sh knows chromium, firefox-esr and xvfb, not $pkg" >&2
		exit 2
		;;
	esac
	command -v "$command" >/dev/null || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
	echo "unhurried: ${missing[*]} not found and no apt-get here: install them with your package manager." >&2
	exit 1
fi
apt=(env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600)
if [ "$(id -u)" -ne 0 ]; then
	if ! command -v sudo >/dev/null; then
		echo "unhurried: ${missing[*]} not found; install as root: apt-get install ${missing[*]}" >&2
		exit 1
	fi
	apt=(sudo "${apt[@]}")
fi
echo "unhurried: installing ${missing[*]} with apt-get (one time)…"
"${apt[@]}" update -qq
"${apt[@]}" install -y -qq "${missing[@]}" >/dev/null
