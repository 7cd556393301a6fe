#!/usr/bin/env bash
# Makes sure nginx is installed for the production stack (`npm run start:prod`), from Debian's packages.
set -euo pipefail

if command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]]; then
  echo "ensure-nginx: nginx is present."
  exit 0
fi

if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
  echo "ensure-nginx: installing nginx from Debian's packages…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
else
  echo "ensure-nginx: nginx is missing. On Debian/Ubuntu: sudo apt-get install nginx" >&2
  exit 1
fi
# the package may start a system nginx on port 80; the stack runs its own, so leave that one alone
echo "ensure-nginx: done."
