#!/usr/bin/env bash
# Installs, once, the Debian packages that RailWatch's native parts need:
#   libgdal32 + gdal-bin  GDAL 3.6, reached by P/Invoke as libgdal.so.32 (RailWatch.Geo)
#   libgtk-3-0            linked by OpenCvSharp4's native runtime (RailWatch.Vision)
#   chromium              only for the browser tests (RAILWATCH_NEED_CHROMIUM=1, set by ./test.sh)
# Runs apt-get through sudo when not root. Prints nothing when everything is already there.
set -euo pipefail

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

want=(libgdal32 gdal-bin libgtk-3-0)
if [ "${RAILWATCH_NEED_CHROMIUM:-0}" = 1 ]; then want+=(chromium); fi
if [ -n "${RAILWATCH_EXTRA_PACKAGES:-}" ]; then read -r -a extra <<<"$RAILWATCH_EXTRA_PACKAGES"; want+=("${extra[@]}"); fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${want[@]}"; do installed "$p" || missing+=("$p"); done
else
  # Not Debian: accept the libraries wherever the system has them.
  ldconfig -p 2>/dev/null | grep -q 'libgdal.so.32' || missing+=(libgdal32)
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "railwatch: missing native packages (${missing[*]}) and apt-get is not available;" \
       "install GDAL 3.6 (libgdal.so.32) and GTK 3 with your system's package manager" >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "railwatch: missing native packages (${missing[*]}); run as root or install sudo" >&2; exit 1
  fi
fi

echo "railwatch: installing native packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
