#!/bin/bash
# PostgreSQL image init hook (docker-compose.yml mounts it into /docker-entrypoint-initdb.d): creates one role and
# schema per ledger service with deploy/postgres-roles.sql, passwords from the container's environment.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v command_password="${LEDGER_COMMAND_DB_PASSWORD:?}" \
  -v query_password="${LEDGER_QUERY_DB_PASSWORD:?}" \
  -v gateway_password="${LEDGER_GATEWAY_DB_PASSWORD:?}" \
  -f /ledger/postgres-roles.sql
