-- System clients (OAuth2 client credentials): commission, partner and operator systems.
create table api_client (
    client_id         varchar(64)  primary key,
    name              varchar(200) not null,
    role              varchar(20)  not null,
    province          varchar(6),
    partner_id        uuid,
    secret_hash       varchar(100) not null,
    status            varchar(20)  not null,
    created_at        timestamptz  not null,
    secret_rotated_at timestamptz  not null,
    version           bigint       not null
);
create index api_client_page on api_client (created_at, client_id);

-- Replica of the candidates education authorities registered, from CandidateRegistered events.
-- Identity numbers only as keyed hashes: the gateway can match a sign-up but never learns the numbers.
create table candidate (
    candidate_id     uuid         primary key,
    exam_number_hash varchar(64)  not null,
    id_number_hash   varchar(64)  not null,
    province_code    varchar(6)   not null,
    exam_year        integer      not null,
    source_version   bigint       not null,
    updated_at       timestamptz  not null,
    constraint candidate_exam_number_unique unique (exam_number_hash)
);

-- Applicants who signed up: one account per registered candidate.
create table applicant_account (
    candidate_id    uuid         primary key references candidate (candidate_id),
    password_hash   varchar(100) not null,
    created_at      timestamptz  not null,
    last_sign_in_at timestamptz
);
