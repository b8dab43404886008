-- Gaokao candidates as registered by the education authority of their province.
create table candidate (
    id                  uuid primary key,
    province_code       varchar(6)   not null,
    exam_year           integer      not null,
    exam_number         varchar(20)  not null,
    name                varchar(100) not null,
    -- AES-GCM ciphertext (nonce first); the keyed hash finds and de-duplicates without decrypting.
    id_number_encrypted bytea        not null,
    id_number_hash      varchar(64)  not null,
    birth_date          date         not null,
    sex                 varchar(10)  not null,
    subject_track       varchar(20)  not null,
    subjects            varchar(100) not null,
    total_score         numeric(5,1) not null,
    score_chinese       numeric(5,1) not null,
    score_mathematics   numeric(5,1) not null,
    score_foreign_language numeric(5,1) not null,
    score_first_choice  numeric(5,1) not null,
    score_electives     numeric(5,1) not null,
    version             bigint       not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    constraint candidate_exam_number_unique unique (exam_year, exam_number),
    constraint candidate_id_number_unique unique (exam_year, id_number_hash)
);

create index candidate_page on candidate (province_code, created_at, id);

-- Corrections the authority made by re-importing a candidate: which fields changed, not their values, so
-- that personal data lives in one row only.
create table candidate_correction (
    id             uuid primary key,
    candidate_id   uuid         not null references candidate (id),
    version        bigint       not null,
    changed_fields varchar(500) not null,
    corrected_by   varchar(200) not null,
    corrected_at   timestamptz  not null
);

create index candidate_correction_by_candidate on candidate_correction (candidate_id, corrected_at);
