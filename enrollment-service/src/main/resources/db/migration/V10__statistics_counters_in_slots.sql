-- Each statistics counter is spread over several rows (slots), and each writing transaction adds to the slot its
-- transaction id picks. Before, every submission naming a popular plan line on the same day updated the same
-- row, so concurrent submissions queued on that row's lock until each committed: the counters, not the
-- applications, set the platform's submission rate (docs/benchmarks.md). Readers sum the slots.
--
-- Existing rows become slot 0, which keeps their counts exact; rows written by SQL outside the service (the
-- benchmarks' preparation) land there too.
alter table application_tally add column slot smallint not null default 0;
alter table application_tally drop constraint application_tally_pkey;
alter table application_tally
    add primary key (intake_year, source_province, batch, plan_line_id, status, submitted_on, slot);
