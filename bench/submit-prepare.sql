-- Applicants for the submission benchmark (psql -v needed=N): clones of the demo applicants who hold a
-- submitted list — same province, subjects and scores, so the same list passes every rule — each with its own
-- candidate row and the list of its demo original as the body it submits. Rows are added until N exist; a
-- second run reuses them.
create table if not exists bench_submitter (
    n            integer primary key,
    candidate_id uuid not null unique references candidate (id),
    body         text not null
);

begin;
create temp table template on commit drop as
select row_number() over (order by a.candidate_id) as t, a.candidate_id, a.batch, a.choices
from application a
where a.status = 'SUBMITTED'
  and a.candidate_id not in (select candidate_id from bench_submitter)
  and a.candidate_id in (select id from candidate where exam_number not like 'B%');

create temp table clone on commit drop as
select n, gen_random_uuid() as candidate_id,
       (select t.candidate_id from template t where t.t = (n - 1) % (select count(*) from template) + 1) as original
from generate_series((select coalesce(max(n), 0) + 1 from bench_submitter), :needed) as n;

insert into candidate (id, province_code, exam_year, exam_number, name, id_number_encrypted, id_number_hash,
                       birth_date, sex, subject_track, subjects, total_score, score_chinese, score_mathematics,
                       score_foreign_language, score_first_choice, score_electives, version, created_at, updated_at)
select k.candidate_id, c.province_code, c.exam_year, 'BS' || lpad(k.n::text, 12, '0'), c.name,
       c.id_number_encrypted, md5('bench-submitter-' || k.n), c.birth_date, c.sex, c.subject_track, c.subjects,
       c.total_score, c.score_chinese, c.score_mathematics, c.score_foreign_language, c.score_first_choice,
       c.score_electives, 1, now(), now()
from clone k join candidate c on c.id = k.original;

insert into bench_submitter (n, candidate_id, body)
select k.n, k.candidate_id, json_build_object('batch', t.batch, 'choices', t.choices::json)::text
from clone k join template t on t.candidate_id = k.original;
commit;
