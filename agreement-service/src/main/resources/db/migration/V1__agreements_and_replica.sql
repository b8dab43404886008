create table agreement (
    id                 uuid primary key,
    reference          varchar(50)  not null,
    agreement_type     varchar(40)  not null,
    title              varchar(200) not null,
    status             varchar(20)  not null,
    effective_from     date         not null,
    effective_to       date         not null,
    document_sha256    varchar(64)  not null,
    document_uri       varchar(500) not null,
    -- Number of the allocation version in force; earlier ones stay in allocation_version as history.
    allocation_version integer      not null,
    activated_at       timestamptz,
    expired_at         timestamptz,
    terminated_at      timestamptz,
    termination_reason varchar(500),
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    constraint agreement_reference_unique unique (reference),
    constraint agreement_period check (effective_to >= effective_from)
);

-- Keyset pagination walks (created_at, id); the filters narrow it.
create index agreement_page on agreement (created_at, id);
create index agreement_type_page on agreement (agreement_type, created_at, id);
create index agreement_status_page on agreement (status, created_at, id);
-- The lifecycle check asks only about agreements that can still take effect or expire.
create index agreement_due on agreement (effective_from, effective_to) where status in ('SIGNED', 'ACTIVE');

create table agreement_party (
    id           uuid primary key,
    agreement_id uuid         not null references agreement (id),
    position     integer      not null,
    -- No foreign key to partner_replica: the replica is filled asynchronously and may lag or be rebuilt.
    partner_id   uuid         not null,
    role         varchar(20)  not null,
    signer       varchar(200),
    signed_at    timestamptz,
    recorded_by  varchar(200),
    constraint agreement_party_unique unique (agreement_id, partner_id)
);

create index agreement_party_partner on agreement_party (partner_id, agreement_id);

-- Seat allocations are never changed in place: an amendment adds a version, so the history is kept.
create table allocation_version (
    id           uuid primary key,
    agreement_id uuid         not null references agreement (id),
    number       integer      not null,
    reason       varchar(500),
    created_at   timestamptz  not null,
    constraint allocation_version_unique unique (agreement_id, number)
);

create table seat_allocation (
    allocation_version_id uuid        not null references allocation_version (id),
    position              integer     not null,
    program_id            uuid        not null,
    intake_year           integer     not null,
    plan_province         varchar(6)  not null,
    source_province       varchar(6)  not null,
    plan_type             varchar(20) not null,
    seats                 integer     not null check (seats > 0),
    primary key (allocation_version_id, position),
    constraint seat_allocation_key_unique
        unique (allocation_version_id, program_id, intake_year, plan_province, source_province, plan_type)
);

create index seat_allocation_program on seat_allocation (program_id);

-- Replica of partner-service's partners and programs, built from partner.events only. Descriptive columns are
-- nullable: a deactivation or withdrawal may arrive before the registration it follows (it then wins, being newer).
create table partner_replica (
    partner_id     uuid primary key,
    partner_type   varchar(30),
    name_zh        varchar(200),
    name_en        varchar(300),
    region_code    varchar(6),
    status         varchar(20) not null,
    source_version bigint      not null,
    updated_at     timestamptz not null
);

create index partner_replica_region on partner_replica (region_code);

create table program_replica (
    program_id     uuid primary key,
    partner_id     uuid        not null,
    catalogue_code varchar(8),
    name_zh        varchar(200),
    name_en        varchar(300),
    campus         varchar(200),
    status         varchar(20) not null,
    source_version bigint      not null,
    updated_at     timestamptz not null
);
