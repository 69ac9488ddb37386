#!/usr/bin/env bash
# Sets up a fresh Debian machine for Footnote: the distribution's Chromium and Firefox ESR (used by the
# e2e tests, the benchmarks and `npm start`; npm downloads no browser), then the npm packages from the
# lock file. The first step of the README's quick start and of CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if ((${#missing[@]})); then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing ${missing[*]} with apt"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export PUPPETEER_SKIP_DOWNLOAD=1
npm ci --no-audit --no-fund
