create table partner (
    id            uuid primary key,
    partner_type  varchar(30)  not null,
    name_zh       varchar(200) not null,
    name_en       varchar(300) not null,
    identifier    varchar(18)  not null,
    region_code   varchar(6)   not null,
    contact_name  varchar(100),
    contact_email varchar(254),
    contact_phone varchar(30),
    status        varchar(20)  not null,
    version       bigint       not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    constraint partner_identifier_unique unique (identifier)
);

-- Keyset pagination walks (created_at, id); the filters narrow it.
create index partner_page on partner (created_at, id);
create index partner_type_page on partner (partner_type, created_at, id);
create index partner_region on partner (region_code);

create table program (
    id                   uuid primary key,
    partner_id           uuid         not null references partner (id),
    catalogue_code       varchar(8)   not null,
    name_zh              varchar(200) not null,
    name_en              varchar(300) not null,
    degree               varchar(30)  not null,
    duration_years       integer      not null,
    campus               varchar(200) not null,
    subject_requirements varchar(100) not null,
    status               varchar(20)  not null,
    version              bigint       not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);

create index program_page on program (created_at, id);
create index program_partner on program (partner_id, created_at, id);
create index program_code on program (catalogue_code);
-- One offering of a major per institution and campus; a withdrawn one may be offered again.
create unique index program_offered_unique on program (partner_id, catalogue_code, campus) where status = 'OFFERED';
