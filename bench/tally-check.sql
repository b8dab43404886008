-- Counts the statistics counters (application_tally's slots summed) that disagree with a recount of the applications; 0 means the statistics
-- match the applications exactly.
with counted as (
    select intake_year, source_province, batch, plan_line_id, status, submitted_on, count(*) as listing,
           count(*) filter (where first_choice) as first_choice
    from bench_tally_contribution
    group by 1, 2, 3, 4, 5, 6)
select count(*)
from counted c
         full join (select intake_year, source_province, batch, plan_line_id, status, submitted_on,
                           sum(listing) as listing, sum(first_choice) as first_choice
                    from application_tally
                    group by 1, 2, 3, 4, 5, 6
                    having sum(listing) <> 0 or sum(first_choice) <> 0) t
                   on t.intake_year = c.intake_year and t.source_province = c.source_province and t.batch = c.batch
                       and t.plan_line_id = c.plan_line_id and t.status = c.status
                       and t.submitted_on = c.submitted_on
where t.listing is distinct from c.listing or t.first_choice is distinct from c.first_choice;
