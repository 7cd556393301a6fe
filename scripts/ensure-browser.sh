#!/usr/bin/env bash
# Makes sure the end-to-end tests have a browser, fonts and PDF tools.
# Playwright cannot download its own browser on these machines, so we use Debian's Chromium.
set -euo pipefail

need=()
[[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]] || command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)

if ((${#need[@]} == 0)); then
  echo "ensure-browser: Chromium, fonts and poppler-utils are present."
  exit 0
fi

if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
  echo "ensure-browser: installing ${need[*]} from Debian's packages…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  echo "ensure-browser: done."
elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "ensure-browser: missing ${need[*]}." >&2
  echo "  On Debian/Ubuntu: sudo apt-get install chromium fonts-dejavu-core poppler-utils" >&2
  echo "  Elsewhere: install Chromium (or run 'npx playwright install chromium') and set CHROMIUM_PATH if it is not /usr/bin/chromium." >&2
  exit 1
fi
