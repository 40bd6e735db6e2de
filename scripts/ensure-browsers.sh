#!/usr/bin/env bash
# Installs Debian's chromium (and firefox-esr with --firefox) when missing, so `npm test` and `npm start`
# work on a fresh machine. Needs root or sudo for apt-get; says what to do otherwise.
set -euo pipefail
want=(chromium)
[ "${1:-}" = "--firefox" ] && want+=(firefox-esr)
missing=()
for pkg in "${want[@]}"; do command -v "$pkg" >/dev/null || missing+=("$pkg"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
	echo "unhurried: ${missing[*]} not found and no apt-get here: install them with your package manager." >&2
	exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "unhurried: installing ${missing[*]} with apt-get (one time)…"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
