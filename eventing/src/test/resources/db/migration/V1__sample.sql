-- A stand-in for a service's business table, changed in the same transaction as the outbox row.
create table sample_change (
    id         uuid primary key,
    partner_id uuid   not null,
    version    bigint not null
);

-- The effects of the sample consumer: one row per application of an event. Deliberately not unique on
-- event_id: if the inbox let a redelivery through, the tests would see two rows.
create table applied_event (
    id         bigint generated always as identity primary key,
    event_id   uuid         not null,
    subject    varchar(100) not null,
    event_type varchar(200) not null
);
