#!/usr/bin/env bash
# Installs Debian's r-cran-surveillance where Rscript or the package is missing (bench/stats/run.sh, bench/altseries/run.sh).
set -euo pipefail
if ! command -v Rscript >/dev/null || ! Rscript -e 'library(surveillance)' >/dev/null 2>&1; then
  echo "installing r-cran-surveillance (Debian package)" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get install -y --no-install-recommends r-cran-surveillance >&2
fi
