-- Change feed (Ed-Fi change-query style): every write of an application and every deletion of one gets a
-- change version from one sequence, so a client copies the table incrementally by asking for the versions it
-- has not seen yet.
--
-- CACHE 1 (the default, stated because it matters): the feed's bound reads the sequence's last value and
-- relies on no session holding cached values below it that it will hand out later.
create sequence application_change_version cache 1;

-- Versions are assigned by triggers, not by the service's write path: a write path added later (the
-- admission round changing statuses in bulk, a retention purge written in SQL, a manual correction) cannot
-- forget them, and a row without a new version would leave every client's copy silently stale.
create function assign_change_version() returns trigger language plpgsql as $$
begin
    -- The writing transaction takes its id before it draws a version. A BEFORE trigger on a transaction's
    -- first write runs before the row (and so the transaction) has an id; without this line a version could
    -- be drawn by a transaction the feed's bound does not yet know about (ChangeHorizon).
    perform pg_current_xact_id();
    new.change_version := nextval('application_change_version');
    return new;
end
$$;

alter table application add column change_version bigint;
update application set change_version = nextval('application_change_version');
alter table application alter column change_version set not null;

create trigger application_change_version before insert or update on application
    for each row execute function assign_change_version();

create unique index application_change_feed on application (change_version);
create index application_change_feed_by_province on application (source_province, change_version);

-- The natural key clients hold applications by: year, province, batch, exam number and submission time. The
-- time is part of it because a candidate may withdraw and submit again in the same batch.
create unique index application_natural_key on application (candidate_id, intake_year, batch, created_at);

-- Tombstones: what the deletes feed serves. They carry the natural key because a client that keys its copy
-- by natural key cannot act on an id alone (Ed-Fi's known problem with id-only deletes).
create table application_deletion (
    application_id  uuid primary key,
    change_version  bigint      not null,
    intake_year     integer     not null,
    source_province varchar(6)  not null,
    batch           varchar(20) not null,
    exam_number     varchar(20) not null,
    submitted_at    timestamptz not null,
    deleted_at      timestamptz not null
);

create trigger application_deletion_change_version before insert on application_deletion
    for each row execute function assign_change_version();

create unique index application_deletion_feed on application_deletion (change_version);
create index application_deletion_feed_by_province on application_deletion (source_province, change_version);

-- Every deletion leaves its tombstone in the same transaction, by whichever path it was made.
create function record_application_deletion() returns trigger language plpgsql as $$
begin
    insert into application_deletion (application_id, intake_year, source_province, batch, exam_number,
                                      submitted_at, deleted_at)
    select old.id, old.intake_year, old.source_province, old.batch, c.exam_number, old.created_at, now()
    from candidate c
    where c.id = old.candidate_id;
    return old;
end
$$;

create trigger application_tombstone after delete on application
    for each row execute function record_application_deletion();
