-- One login role per ledger service, each owning one schema and reaching nothing else. Run once by the database
-- owner on the ledger database, with the passwords as psql variables (deploy/postgres-init.sh does it in
-- docker-compose.yml; deploy/axonserver-check.sh for the manual check):
--   psql -v command_password=... -v query_password=... -v gateway_password=... -d ledger -f postgres-roles.sql
\set ON_ERROR_STOP on

-- Nobody but the owner may create objects in public, or connect unless granted below.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec

CREATE ROLE ledger_command LOGIN PASSWORD :'command_password';
CREATE ROLE ledger_query   LOGIN PASSWORD :'query_password';
CREATE ROLE ledger_gateway LOGIN PASSWORD :'gateway_password';

SELECT format('GRANT CONNECT ON DATABASE %I TO ledger_command, ledger_query, ledger_gateway', current_database())
\gexec

-- Each schema belongs to its service's role (Flyway creates the tables in it); no role has USAGE on another's.
CREATE SCHEMA ledger_command AUTHORIZATION ledger_command;
CREATE SCHEMA ledger_query   AUTHORIZATION ledger_query;
CREATE SCHEMA ledger_gateway AUTHORIZATION ledger_gateway;
REVOKE ALL ON SCHEMA ledger_command, ledger_query, ledger_gateway FROM PUBLIC;
