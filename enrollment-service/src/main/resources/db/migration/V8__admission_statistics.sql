-- Admission statistics (DOMAIN.md "Statistics the commissions pull": plan vs. outcome, score lines, last-called
-- rank, rejections, adjustment rate, first-choice satisfaction) of each completed round that moved applications.
-- Computed once, in the transaction that completes the round: a scope completes once (admission_round_once), so
-- a row is written once and never changes or disappears, and a copy needs no deletes feed.
-- One row per figure level: the whole round, each file-drop unit, each major (plan line) of a unit.
create table admission_statistics (
    round_id                    uuid         not null references admission_round (id),
    intake_year                 integer      not null,
    source_province             varchar(6)   not null,
    batch                       varchar(20)  not null,
    -- ROUND, UNIT or MAJOR.
    level                       varchar(10)  not null,
    -- What the row is about within its level and scope, for unique keys and paging: '' for the round, the unit
    -- id for a unit, the plan line id for a major.
    figure_key                  varchar(64)  not null,
    -- The unit (an institution's major group, or one plan line); null on the ROUND row.
    unit_id                     varchar(64),
    -- The dimensions of the plan line: on MAJOR rows, and on UNIT rows of a unit that is one line.
    institution_id              uuid,
    plan_line_id                uuid,
    program_id                  uuid,
    plan_type                   varchar(20),
    agreement_id                uuid,
    quota                       integer      not null,
    -- Drop figures: files dropped to the unit (admitted or rejected); null on MAJOR rows, files go to units.
    dropped                     integer,
    drop_max_score              numeric(6,2),
    drop_min_score              numeric(6,2),
    drop_mean_score             numeric(6,2),
    -- 最低位次: the rank of the lowest-placed applicant, the largest rank number; null without applicants.
    drop_min_rank               integer,
    admitted                    integer      not null,
    admitted_max_score          numeric(6,2),
    admitted_min_score          numeric(6,2),
    admitted_mean_score         numeric(6,2),
    admitted_min_rank           integer,
    -- Rejections (退档) by reason; null on MAJOR rows, units reject.
    rejected_quota_filled       integer,
    rejected_not_adjustable     integer,
    rejected_no_eligible_seat   integer,
    -- Admitted by adjustment (调剂), and admitted to the unit listed first.
    adjusted                    integer      not null,
    admitted_first_choice       integer      not null,
    change_version              bigint       not null,
    primary key (round_id, level, figure_key)
);

-- The same sequence and trigger as applications (V5): one version space, one commit-safe bound (ChangeHorizon).
create trigger admission_statistics_change_version before insert or update on admission_statistics
    for each row execute function assign_change_version();

-- Pages go by scope, then unit or major within a level.
create index admission_statistics_page on admission_statistics (level, intake_year, source_province, batch,
                                                                figure_key);
create index admission_statistics_feed on admission_statistics (change_version);
