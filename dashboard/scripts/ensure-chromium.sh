#!/bin/sh
# Makes sure Debian's headless-capable Chromium is installed for the browser tests: does nothing when
# it is there, otherwise installs the distribution package (needs root, as on the build machines).
# The browser comes from the system's package manager, never from a download at build time.
set -u
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing; install Debian's chromium package (apt-get install chromium) and run again" >&2
  exit 1
fi
echo "ensure-chromium: installing Debian's chromium package"
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; } >/tmp/ensure-chromium.log 2>&1; then
  echo "ensure-chromium: apt-get install chromium failed (see /tmp/ensure-chromium.log)" >&2
  exit 1
fi
[ -x "$CHROMIUM" ] || { echo "ensure-chromium: chromium installed but $CHROMIUM is missing" >&2; exit 1; }
