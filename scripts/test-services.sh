#!/usr/bin/env bash
# Services the test suite uses beyond Python packages: the OpenMP runtime (LightGBM), Debian's Chromium
# (browser tests) and a local PostgreSQL server (store tests on the server backend). Run by `make test`;
# prints shell `export` lines for the environment on stdout, everything else on stderr.
#
# As root on Debian (CI, fresh dev containers) it installs what is missing and starts PostgreSQL on
# 127.0.0.1. Elsewhere it installs nothing: the browser and PostgreSQL tests then skip, except under
# CI=true, where a missing service is an error.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
log() { echo "test-services: $*" >&2; }

can_install=0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then can_install=1; fi

# apt_install PACKAGE WHY WITHOUT: install a Debian package as root, else say what goes without it
apt_install() {
  if [ "$can_install" = 1 ]; then
    log "installing $1 $2"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "$1" >&2
  else
    log "no $1: $3 (apt-get install $1)"
  fi
}

# LightGBM (the event coder's argument choices) links to the OpenMP runtime
if ! ldconfig -p 2>/dev/null | grep -q 'libgomp\.so\.1'; then
  apt_install libgomp1 "for LightGBM" "LightGBM will not load"
fi

if ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium "for the browser tests" "browser tests will skip"
fi

if [ -n "${MARSAD_TEST_PG_URL:-}" ]; then
  echo "export MARSAD_TEST_PG_URL='${MARSAD_TEST_PG_URL}'"
elif [ "$can_install" = 1 ]; then
  url="$(bash "$here/ci-postgres.sh")"
  echo "export MARSAD_TEST_PG_URL='${url}'"
else
  log "no PostgreSQL URL (MARSAD_TEST_PG_URL): PostgreSQL store tests will skip"
fi
