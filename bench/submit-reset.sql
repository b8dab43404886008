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
update application_tally t
set listing = t.listing - counted.listing, first_choice = t.first_choice - counted.first_choice
from counted
where t.intake_year = counted.intake_year and t.source_province = counted.source_province
  and t.batch = counted.batch and t.plan_line_id = counted.plan_line_id and t.status = counted.status
  and t.submitted_on = counted.submitted_on;

delete from application_status_change where application_id in (select id from gone);
delete from application where id in (select id from gone);
commit;
