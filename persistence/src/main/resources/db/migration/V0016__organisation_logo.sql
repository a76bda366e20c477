-- Issue 22: an organisation's logo on its shared screens, set by the platform administrator.
-- Stored as Kring made it (a clean JPEG of at most 480 px, no metadata), apart from the
-- organisation row so that reading an organisation never reads the picture.
create table organisation_logo (
    organisation_id uuid primary key references organisation (id) on delete cascade,
    image           bytea not null
);
