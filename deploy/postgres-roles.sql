-- Kring's database roles (issue 21, docs/security.md). Run once, as a superuser, with psql:
--   psql -v owner_role=kring_owner -v owner_password=... -v app_role=kring -v app_password=... \
--        -v database=kring -f deploy/postgres-roles.sql
-- docker compose runs it on a new volume (deploy/postgres-init/10-kring-roles.sh).
--
-- The owner runs the migrations (KRING_DB_MIGRATION_USER) and owns every table, so only it can
-- change the schema or switch off the audit trail's triggers. Kring itself connects as the
-- application role (KRING_DB_USER): it reads and writes rows, nothing more, and is no superuser.

create role :"owner_role" login password :'owner_password' nosuperuser nocreatedb nocreaterole noreplication;
create role :"app_role" login password :'app_password' nosuperuser nocreatedb nocreaterole noreplication;

alter database :"database" owner to :"owner_role";
revoke create on schema public from public;
alter schema public owner to :"owner_role";
grant usage on schema public to :"app_role";

-- tables, sequences and functions the owner makes from now on
alter default privileges for role :"owner_role" in schema public
    grant select, insert, update, delete on tables to :"app_role";
alter default privileges for role :"owner_role" in schema public
    grant usage, select, update on sequences to :"app_role";
alter default privileges for role :"owner_role" in schema public
    grant execute on functions to :"app_role";

-- and those that are there already (an installation that moves over, see README)
grant select, insert, update, delete on all tables in schema public to :"app_role";
grant usage, select, update on all sequences in schema public to :"app_role";
grant execute on all functions in schema public to :"app_role";
