-- Loads applications for the statistics and change-feed benchmarks (psql -v total=N): clones of the demo
-- applicants, each with its own candidate row and the submitted list of its demo original, spread over the
-- last 14 days. The statistics counters get exactly what the service would have added for them (the counting
-- of V6__statistics.sql), computed per list and day rather than per application, which is what makes a load of
-- a million rows take minutes instead of hours. Rows are added until N loaded applications exist.
create table if not exists bench_loaded (
    n            integer primary key,
    candidate_id uuid not null unique references candidate (id)
);

begin;
create temp table template on commit drop as
select row_number() over (order by a.candidate_id) as t, a.candidate_id, a.intake_year, a.source_province,
       a.batch, a.choices
from application a
         join candidate c on c.id = a.candidate_id
where a.status = 'SUBMITTED' and c.exam_number not like 'B%';

create temp table clone on commit drop as
select n, gen_random_uuid() as candidate_id, (n - 1) % (select count(*) from template) + 1 as t,
       date_trunc('second', now()) - make_interval(days => n % 14, secs => n % 36000) as submitted_at
from generate_series((select coalesce(max(n), 0) + 1 from bench_loaded), :total) as n;

insert into candidate (id, province_code, exam_year, exam_number, name, id_number_encrypted, id_number_hash,
                       birth_date, sex, subject_track, subjects, total_score, score_chinese, score_mathematics,
                       score_foreign_language, score_first_choice, score_electives, version, created_at, updated_at)
select k.candidate_id, c.province_code, c.exam_year, 'BL' || lpad(k.n::text, 12, '0'), c.name,
       c.id_number_encrypted, md5('bench-loaded-' || k.n), c.birth_date, c.sex, c.subject_track, c.subjects,
       c.total_score, c.score_chinese, c.score_mathematics, c.score_foreign_language, c.score_first_choice,
       c.score_electives, 1, k.submitted_at, k.submitted_at
from clone k
         join template t on t.t = k.t
         join candidate c on c.id = t.candidate_id;

insert into bench_loaded (n, candidate_id) select n, candidate_id from clone;

insert into application (id, candidate_id, intake_year, source_province, batch, status, choices, version,
                         created_at, updated_at)
select gen_random_uuid(), k.candidate_id, t.intake_year, t.source_province, t.batch, 'SUBMITTED', t.choices, 1,
       k.submitted_at, k.submitted_at
from clone k join template t on t.t = k.t
order by k.n;

with used as (
    select t, (submitted_at at time zone 'Asia/Shanghai')::date as submitted_on, count(*) as applications
    from clone
    group by 1, 2),
     named as (
         select t.t, m.line::uuid as plan_line_id, count(*) as listing,
                count(*) filter (where c.position = 1 and m.position = 1) as first_choice
         from template t
                  cross join lateral jsonb_array_elements(t.choices::jsonb) with ordinality as c(choice, position)
                  cross join lateral jsonb_array_elements_text(c.choice -> 'majors') with ordinality as m(line, position)
         group by 1, 2)
insert into application_tally (intake_year, source_province, batch, plan_line_id, status, submitted_on, listing,
                               first_choice)
select t.intake_year, t.source_province, t.batch, named.plan_line_id, 'SUBMITTED', used.submitted_on,
       sum(named.listing * used.applications), sum(named.first_choice * used.applications)
from used
         join template t on t.t = used.t
         join named on named.t = used.t
group by 1, 2, 3, 4, 5, 6
on conflict (intake_year, source_province, batch, plan_line_id, status, submitted_on, slot) do update
    set listing = application_tally.listing + excluded.listing,
        first_choice = application_tally.first_choice + excluded.first_choice;
commit;
analyze candidate;
analyze application;
analyze application_tally;
