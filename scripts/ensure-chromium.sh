#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser). Install it, with CJK
# fonts so screenshots show Chinese, when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "cjk"; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "browser tests need Debian's chromium and fonts-noto-cjk: run 'sudo apt-get install -y chromium fonts-noto-cjk' first" >&2
  exit 1
fi
echo "installing Debian's chromium and fonts-noto-cjk for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
