-- The shared moodboard ("een gesprek van waarde"): cards in the areas of a board, and
-- the photos on them. Photos live in the database so that every node serves them.

-- A photo is stored only after it was decoded, turned upright, scaled and written anew:
-- no byte of the original upload (and so none of its metadata) is kept.
create table photo (
    id         uuid primary key,
    session_id uuid    not null references kring_session (id) on delete cascade,
    width      integer not null,
    height     integer not null,
    image      bytea   not null,
    thumbnail  bytea   not null
);
create index photo_session_ix on photo (session_id);

-- A card says whose it is (a participant or a member of staff, with the first name to
-- show) unless the board is anonymous; that choice is the board's, not the card's.
create table mood_card (
    id                uuid primary key,
    session_id        uuid         not null references kring_session (id) on delete cascade,
    step_id           uuid         not null,
    owner_participant uuid,
    owner_staff       uuid,
    owner_name        varchar(60)  not null,
    area              integer      not null,
    rank              bigint       not null,
    kind              varchar(10)  not null,
    text              varchar(140) not null default '',
    artist            varchar(80)  not null default '',
    colour            varchar(10),
    photo_id          uuid references photo (id) on delete cascade,
    card_group        uuid,
    highlighted       boolean      not null default false,
    hidden            boolean      not null default false,
    -- words that suggest acute distress: held for the facilitator, like a contribution
    distress          varchar(20)  not null default 'NONE',
    check ((owner_participant is null) <> (owner_staff is null))
);
create index mood_card_session_ix on mood_card (session_id);
