#!/usr/bin/env bash
# Install (if needed) and start a local PostgreSQL server for the store tests, create a database and
# print its URL on stdout (everything else goes to stderr), e.g.
#   export MARSAD_TEST_PG_URL="$(bash scripts/ci-postgres.sh)"
# Runs as root on Debian (CI and dev machines); listens on 127.0.0.1 only.
set -euo pipefail

DB="${MARSAD_PG_DB:-marsad_test}"
PGUSER_NAME="${MARSAD_PG_USER:-marsad}"
PGPASS="${MARSAD_PG_PASSWORD:-marsad}"
PORT="${MARSAD_PG_PORT:-5432}"

log() { echo "ci-postgres: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

VER="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${VER} main$"; then
  log "creating cluster ${VER}/main"
  pg_createcluster "$VER" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $4}' | grep -q online; then
  log "starting cluster ${VER}/main"
  pg_ctlcluster "$VER" main start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $3}')"

for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -p $PORT"; then break; fi
  sleep 1
done

# As the postgres superuser over the local socket (peer authentication; -w: never prompt).
psql_admin() { su postgres -c "psql -w -q -v ON_ERROR_STOP=1 -p $PORT -d postgres -tAc \"$1\""; }

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='${PGUSER_NAME}'")" != "1" ]; then
  psql_admin "CREATE ROLE ${PGUSER_NAME} LOGIN PASSWORD '${PGPASS}' CREATEDB" >&2
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname='${DB}'")" != "1" ]; then
  psql_admin "CREATE DATABASE ${DB} OWNER ${PGUSER_NAME}" >&2
fi

echo "postgresql://${PGUSER_NAME}:${PGPASS}@127.0.0.1:${PORT}/${DB}"
