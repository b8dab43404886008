-- What each application adds to the statistics counters, one row per plan line it names (the counting of
-- V6__statistics.sql): the benchmark scripts take submissions back and check the counters with it.
create or replace view bench_tally_contribution as
select a.id as application_id, a.intake_year, a.source_province, a.batch, m.line::uuid as plan_line_id, a.status,
       (a.created_at at time zone 'Asia/Shanghai')::date as submitted_on,
       (c.position = 1 and m.position = 1) as first_choice
from application a
         cross join lateral jsonb_array_elements(a.choices::jsonb) with ordinality as c(choice, position)
         cross join lateral jsonb_array_elements_text(c.choice -> 'majors') with ordinality as m(line, position);
