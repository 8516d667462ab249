#!/usr/bin/env bash
# The browser tests drive a system Chromium (never a downloaded browser): Debian's chromium at
# /usr/bin/chromium, or the one CHROMIUM_PATH names. Install it, with CJK fonts so screenshots
# show Chinese, when it is missing.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
[ -x "$browser" ] || packages+=(chromium)
fc-list 2>/dev/null | grep -qi "cjk" || packages+=(fonts-noto-cjk)
[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ]; then
  as_root=()
elif sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "browser tests need ${packages[*]}: run 'sudo apt-get install -y ${packages[*]}' first" >&2
  exit 1
fi
echo "installing ${packages[*]} for the browser tests…"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
