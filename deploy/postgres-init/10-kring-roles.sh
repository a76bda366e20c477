#!/bin/sh
# Run by the postgres image on a new volume only (docker-entrypoint-initdb.d), as its superuser.
# Creates Kring's owner role (migrations) and application role (everything else): see
# deploy/postgres-roles.sql and docs/security.md.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v owner_role=kring_owner -v owner_password="$KRING_DB_OWNER_PASSWORD" \
    -v app_role=kring -v app_password="$KRING_DB_PASSWORD" \
    -v database="$POSTGRES_DB" -f /kring/postgres-roles.sql
