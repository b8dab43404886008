-- Replica of the programs partner-service offers (partner.events): what applications need to know about a
-- major, namely its institution and the subjects it requires.
create table program_replica (
    program_id           uuid primary key,
    partner_id           uuid         not null,
    catalogue_code       varchar(8)   not null,
    name_zh              varchar(200) not null,
    name_en              varchar(300) not null,
    subject_requirements varchar(100) not null,
    status               varchar(20)  not null,
    source_version       bigint       not null,
    updated_at           timestamptz  not null
);

-- The newest version of each agreement seen on agreement.events, so that older versions are ignored.
create table agreement_replica (
    agreement_id   uuid primary key,
    status         varchar(20) not null,
    source_version bigint      not null,
    updated_at     timestamptz not null
);

-- Enrollment plan lines: seats an active agreement allocated. Every seat traces back to its agreement.
create table plan_line (
    id              uuid primary key,
    agreement_id    uuid        not null references agreement_replica (agreement_id),
    program_id      uuid        not null,
    intake_year     integer     not null,
    plan_province   varchar(6)  not null,
    source_province varchar(6)  not null,
    batch           varchar(20) not null,
    plan_type       varchar(20) not null,
    seats           integer     not null,
    status          varchar(20) not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint plan_line_allocation_unique
        unique (agreement_id, program_id, intake_year, plan_province, source_province, plan_type)
);

create index plan_line_page on plan_line (created_at, id);
create index plan_line_by_plan on plan_line (intake_year, source_province, batch, status);
