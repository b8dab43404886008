-- Takes back the benchmark applicants' submissions so that each may submit again in the next step: their
-- statistics counters are decremented by exactly what the service added (bench_tally_contribution),
-- then the applications and their status history are deleted (the deletion trigger leaves tombstones in the
-- change feed, as an erasure would).
begin;
create temp table gone on commit drop as
select a.id from application a join bench_submitter b on b.candidate_id = a.candidate_id;

with counted as (
    select intake_year, source_province, batch, plan_line_id, status, submitted_on, count(*) as listing,
           count(*) filter (where first_choice) as first_choice
    from bench_tally_contribution
    where application_id in (select id from gone)
    group by 1, 2, 3, 4, 5, 6)
-- Taken back in slot 0: a counter is the sum of its slots, whichever slot the service added to.
insert into application_tally (intake_year, source_province, batch, plan_line_id, status, submitted_on, slot,
                               listing, first_choice)
select intake_year, source_province, batch, plan_line_id, status, submitted_on, 0, -listing, -first_choice
from counted
on conflict (intake_year, source_province, batch, plan_line_id, status, submitted_on, slot) do update
    set listing = application_tally.listing + excluded.listing,
        first_choice = application_tally.first_choice + excluded.first_choice;

delete from application_status_change where application_id in (select id from gone);
delete from application where id in (select id from gone);
commit;
