-- Admission rounds (DOMAIN.md d.0-d.7): each run of the engine on one (year, source province, batch), with its
-- manifest, so that anyone holding the canonical input can re-run it and compare hashes.
create table admission_round (
    id                  uuid primary key,
    intake_year         integer      not null,
    source_province     varchar(6)   not null,
    batch               varchar(20)  not null,
    -- A dry run stores its result for inspection and changes no application.
    dry_run             boolean      not null,
    -- COMPLETED (verified) or FAILED (the result broke an invariant of d.6 and was discarded).
    status              varchar(20)  not null,
    -- The manifest: the rules the engine implements, the configuration it ran with, and both hashes.
    algorithm_version   varchar(40)  not null,
    drop_ratio          numeric(4,2) not null,
    tie_break_chain     varchar(200) not null,
    tie_policy          varchar(20)  not null,
    input_sha256        varchar(64)  not null,
    result_sha256       varchar(64),
    -- The canonical input document itself (pseudonymous), served for re-runs; its SHA-256 is input_sha256.
    canonical_input     bytea        not null,
    applicants          integer      not null,
    admitted            integer      not null,
    rejected            integer      not null,
    not_dropped         integer      not null,
    tie_overflows       integer      not null,
    -- For a FAILED round: the broken invariants, one per line.
    violations          text,
    started_at          timestamptz  not null,
    finished_at         timestamptz  not null
);

-- A scope's applications move once: at most one completed round that is not a dry run. A concurrent second
-- start fails here even when both passed the service's check.
create unique index admission_round_once on admission_round (intake_year, source_province, batch)
    where status = 'COMPLETED' and not dry_run;
create index admission_round_by_scope on admission_round (intake_year, source_province, batch, started_at);

-- What a round decided for each application, with the trace its explanation is derived from (PIPL art. 24).
create table admission_decision (
    round_id          uuid         not null references admission_round (id),
    application_id    uuid         not null,
    candidate_id      uuid         not null,
    rank              integer      not null,
    score             numeric(6,2) not null,
    outcome           varchar(20)  not null,
    unit_id           varchar(64),
    plan_line_id      uuid,
    adjusted          boolean      not null,
    rejection_reason  varchar(20),
    -- The choices examined up to the outcome, as JSON: read whole, never queried by its parts.
    trace             text         not null,
    primary key (round_id, application_id)
);

-- Results pages go by rank, then application id.
create index admission_decision_page on admission_decision (round_id, rank, application_id);
-- An applicant's outcome is found by application.
create index admission_decision_by_application on admission_decision (application_id);
