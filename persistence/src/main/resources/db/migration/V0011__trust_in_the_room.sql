-- Issue 20, trust in the room.

-- A small step that suggests acute distress gives the leaders the same private alert as
-- any other free text (the step itself is only ever seen by its writer and the leaders).
alter table small_step add column distress varchar(20) not null default 'NONE';

-- A live session that nobody ends stays open for ever: its join code keeps working and its
-- secrets are never destroyed. Every change of a session is activity; after hours without
-- any, Kring ends the session as if the facilitator had, and says so.
alter table kring_session
    add column last_activity_at timestamptz,
    add column ended_by_itself  boolean not null default false;
update kring_session set last_activity_at = started_at where status = 'LIVE';

-- What a tablet wrote for a step arrives there even when the session has moved on meanwhile
-- (the tablet's outbox); never for a step the session has not reached yet.
alter table kring_session add column furthest_step integer not null default 0;
update kring_session set furthest_step = current_step;

-- Anonymous answers appear on the screens in batches of at least three (or when the
-- facilitator shows them), never one by one as they arrive: their timing would tell whose
-- they are. Answers given before this change were all on the screens already.
alter table answer add column awaits_showing boolean not null default false;

-- A name belongs to one person in the room (docs/adr/0010). A tablet that asks to be someone
-- whose tablet is connected waits for the facilitator's OK; a person's private history shows
-- only once the facilitator has seen the binding (or let its grace period pass); "Klopt niet"
-- blocks a tablet; the door for new tablets closes by itself some minutes after the start.
alter table tablet
    add column claimed_participant_id uuid references participant (id) on delete cascade,
    add column bound_at               timestamptz,
    add column confirmed_at           timestamptz,
    add column blocked                boolean not null default false;
-- tablets of sessions before this change: their binding counts as seen
update tablet set bound_at = joined_at, confirmed_at = joined_at where participant_id is not null;
alter table kring_session
    add column join_closes_at timestamptz,
    add column join_closed    boolean not null default false;
