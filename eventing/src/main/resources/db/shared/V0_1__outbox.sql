-- Shared by every service (eventing module). Versions 0.x are reserved for shared mechanisms;
-- each service numbers its own migrations from 1.

-- Events written in the same transaction as the business change, published to Kafka by the relay.
create table outbox_event (
    id           uuid primary key,
    -- Commit order within one message key: a later change of the same aggregate always gets a larger seq,
    -- because aggregates are versioned (optimistic locking), so conflicting writers serialise.
    seq          bigint generated always as identity,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz
);

create index outbox_event_pending on outbox_event (seq) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
