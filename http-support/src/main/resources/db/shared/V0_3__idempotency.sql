-- Shared by every service (http-support module): the first response to each Idempotency-Key, replayed to
-- retries of the same request. Versions 0.x are reserved for shared mechanisms.
create table idempotency_record (
    scope           varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    char(64)     not null,
    status          integer,
    location        text,
    body            text,
    created_at      timestamptz  not null default now(),
    primary key (scope, idempotency_key)
);

create index idempotency_record_created on idempotency_record (created_at);
