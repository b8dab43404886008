-- Admission rules per (year, source province, batch), managed by the park's operators.
create table admission_config (
    intake_year         integer      not null,
    source_province     varchar(6)   not null,
    batch               varchar(20)  not null,
    window_opens_at     timestamptz  not null,
    window_closes_at    timestamptz  not null,
    max_choices         integer      not null,
    max_majors_per_unit integer      not null,
    drop_ratio          numeric(4,2) not null,
    tie_break_chain     varchar(300) not null,
    tie_policy          varchar(30)  not null,
    version             bigint       not null,
    updated_at          timestamptz  not null,
    primary key (intake_year, source_province, batch)
);
