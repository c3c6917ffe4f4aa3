#!/usr/bin/env bash
# A local PostgreSQL for the persistence tests (Debian CI, run as root): installs it with apt-get when it
# is missing, starts it, waits until it answers, creates the test user and database (idempotent), and
# prints on stdout the three settings the tests read; everything else goes to stderr. Use it as
#   eval "$(.ci/postgres.sh)" && ./mvnw -Pservices verify
# The user, password and database can be chosen with REBALANCER_TEST_PG_USER, REBALANCER_TEST_PG_PASSWORD
# and REBALANCER_TEST_PG_DB; the defaults are fine for a throwaway CI machine and nothing else.
set -euo pipefail

pg_user=${REBALANCER_TEST_PG_USER:-rebalancer_test}
pg_password=${REBALANCER_TEST_PG_PASSWORD:-ci-only-password}
pg_db=${REBALANCER_TEST_PG_DB:-rebalancer_test}

log() { echo "postgres.sh: $*" >&2; }

if [[ $(id -u) -ne 0 ]]; then
  log "must run as root (it installs and starts PostgreSQL)"
  exit 1
fi
for name in "$pg_user" "$pg_db"; do
  if [[ ! $name =~ ^[a-z_][a-z0-9_]*$ ]]; then
    log "'$name' is not a plain lower-case SQL name (letters, digits, _)"
    exit 1
  fi
done

if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
  log "installing postgresql"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

service postgresql start >&2
port=$(pg_lsclusters --no-header | awk 'NR == 1 { print $3 }')
port=${port:-5432}
for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then
    break
  fi
  sleep 0.5
done
if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
  log "PostgreSQL did not answer on 127.0.0.1:$port within 30 s"
  exit 1
fi

psql_admin() { runuser -u postgres -- psql -p "$port" -X -q -v ON_ERROR_STOP=1 "$@"; }

# the role (with its password reset each time) and the database it owns, created only when missing
psql_admin -v user="$pg_user" -v password="$pg_password" <<'SQL' >&2
SELECT format('CREATE ROLE %I LOGIN', :'user')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
ALTER ROLE :"user" WITH LOGIN PASSWORD :'password';
SQL
psql_admin -v user="$pg_user" -v db="$pg_db" <<'SQL' >&2
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL
log "PostgreSQL ready on 127.0.0.1:$port, database $pg_db, user $pg_user"

printf 'export REBALANCER_TEST_PG_URL=%q\n' "jdbc:postgresql://127.0.0.1:$port/$pg_db"
printf 'export REBALANCER_TEST_PG_USER=%q\n' "$pg_user"
printf 'export REBALANCER_TEST_PG_PASSWORD=%q\n' "$pg_password"
