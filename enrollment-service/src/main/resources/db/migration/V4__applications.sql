-- An applicant's ordered choices for one (year, source province, batch).
create table application (
    id              uuid primary key,
    candidate_id    uuid        not null references candidate (id),
    intake_year     integer     not null,
    source_province varchar(6)  not null,
    batch           varchar(20) not null,
    status          varchar(20) not null,
    -- The ordered choice list as JSON: read and written whole, never queried by its parts.
    choices         text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

-- One active application per candidate and batch; a withdrawn one may be followed by a new one.
create unique index application_active_unique on application (candidate_id, intake_year, batch)
    where status <> 'WITHDRAWN';
create index application_by_candidate on application (candidate_id, created_at, id);

create table application_status_change (
    id             uuid primary key,
    application_id uuid        not null references application (id),
    status         varchar(20) not null,
    version        bigint      not null,
    changed_at     timestamptz not null
);

create index application_status_change_by_application on application_status_change (application_id, changed_at);
