#!/usr/bin/env bash
# Sourced by .ci/run: Debian's PostgreSQL (installed by .ci/run when missing) started on
# 127.0.0.1, with a role that may create databases; exports TEST_DATABASE_URL for the cms
# project's PostgreSQL pass (scripts/lib/test-passes.ts). Each test run makes its own database.
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  cluster=$(pg_lsclusters -h | head -n1)
  if [ -z "$cluster" ]; then
    pg_createcluster 15 main >/dev/null 2>&1 || pg_createcluster "$(ls /usr/lib/postgresql | sort -n | tail -n1)" main >/dev/null
    cluster=$(pg_lsclusters -h | head -n1)
  fi
  read -r pg_version pg_name pg_port pg_status _ <<<"$cluster"
  if [ "$pg_status" != online ]; then
    pg_ctlcluster "$pg_version" "$pg_name" start -- -o "-c listen_addresses=127.0.0.1"
  fi
  as_postgres() { su postgres -s /bin/sh -c "$1"; }
  as_postgres "psql -p $pg_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'vsp_test'\"" | grep -q 1 ||
    as_postgres "psql -p $pg_port -qc \"CREATE ROLE vsp_test LOGIN CREATEDB PASSWORD 'vsp_test'\""
  export TEST_DATABASE_URL="postgres://vsp_test:vsp_test@127.0.0.1:$pg_port/postgres"
  echo "→ PostgreSQL $pg_version on 127.0.0.1:$pg_port for the tests"
fi
# A CI run without the PostgreSQL pass is a failed run, not a skipped one.
export TEST_REQUIRE_POSTGRES=1
