-- A round's canonical input in consecutive parts instead of one bytea: at the size of a whole province (about a
-- million lists of up to 96 choices) the document runs to gigabytes, beyond bytea's 1 GB limit and beyond what
-- the service should hold in memory. The round writes it part by part as it produces it; the endpoint streams the
-- parts in order.
create table admission_round_input (
    -- Deferred: the parts are written while the input is hashed, before the round row that carries the hash.
    round_id uuid    not null references admission_round (id) deferrable initially deferred,
    part     integer not null,
    bytes    bytea   not null,
    primary key (round_id, part)
);

-- Out of line and without PostgreSQL's own compression (pglz), which would spend a CPU-second per few dozen
-- megabytes inside the round's transaction.
alter table admission_round_input alter column bytes set storage external;

insert into admission_round_input (round_id, part, bytes)
select id, 0, canonical_input from admission_round;

alter table admission_round drop column canonical_input;
