-- Issue 22: staff sign in with their organisation's own accounts (OpenID Connect).
-- One provider per organisation. The client secret is stored encrypted, with a key that is
-- kept outside the database (see SecretBox): a copy of the database does not give it away.
create table organisation_sign_in (
    organisation_id uuid primary key references organisation (id) on delete cascade,
    issuer          text not null,
    client_id       text not null,
    client_secret   text not null
);

-- Which person at a provider is which staff account: the pair (iss, sub) the provider gives,
-- linked at that person's first sign-in. Erasing the account or removing the organisation's
-- sign-in removes the link.
create table staff_sign_in_link (
    issuer   text not null,
    subject  text not null,
    staff_id uuid not null references staff_account (id) on delete cascade,
    primary key (issuer, subject)
);
create unique index staff_sign_in_link_one_per_provider on staff_sign_in_link (staff_id, issuer);

-- The language new staff accounts of an organisation start in; each person can change their own.
alter table organisation add column language varchar(10) not null default 'DUTCH';
