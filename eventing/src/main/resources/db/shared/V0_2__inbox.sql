-- Shared by every service (eventing module): the ids of events a consumer has already applied.
-- Inserted in the same transaction as the effect, so a redelivered event is a no-op.
create table inbox_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
