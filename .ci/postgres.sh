#!/usr/bin/env bash
# Install and start a local PostgreSQL for the store tests; prints the URL the tests should use.
# Idempotent: reuses a running cluster and an existing role/database.
# Only the URL goes to stdout (callers capture it); the server must not inherit that pipe,
# or the caller's $(...) would wait for the server to exit.
set -euo pipefail

setup() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main
  pg_ctlcluster "$version" main start || true
  for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
  run_sql() { su postgres -c "psql -qtAX -c \"$1\""; }
  [ "$(run_sql "SELECT 1 FROM pg_roles WHERE rolname='datelines'")" = 1 ] \
    || run_sql "CREATE ROLE datelines LOGIN SUPERUSER PASSWORD 'datelines'"
  [ "$(run_sql "SELECT 1 FROM pg_database WHERE datname='datelines_test'")" = 1 ] \
    || run_sql "CREATE DATABASE datelines_test OWNER datelines"
}

setup </dev/null >/dev/null 2>&2
echo "postgresql+psycopg://datelines:datelines@127.0.0.1:5432/datelines_test"
