-- Counters behind the statistics the commissions pull. Every application write adjusts them in its own
-- transaction, so reads sum a few counter rows instead of grouping millions of applications.
-- One row per plan line, status and submission day (the park's calendar, Beijing time): how many applications
-- in that status, submitted that day, name the line anywhere in their list, and how many rank it first (the
-- first major of their first choice).
create table application_tally (
    intake_year     integer     not null,
    source_province varchar(6)  not null,
    batch           varchar(20) not null,
    plan_line_id    uuid        not null references plan_line (id),
    status          varchar(20) not null,
    submitted_on    date        not null,
    listing         integer     not null,
    first_choice    integer     not null,
    -- No check that counts stay non-negative: PostgreSQL would test it on the row an upsert proposes to insert,
    -- which for a decrement is negative. The writer checks the counts its upserts return instead.
    primary key (intake_year, source_province, batch, plan_line_id, status, submitted_on)
);

-- Statistics page through plan lines in this order, and find an institution's lines through its programs.
create index plan_line_statistics on plan_line (intake_year, source_province, batch, id);
create index plan_line_by_program on plan_line (program_id);
create index program_replica_by_partner on program_replica (partner_id);

-- Applications stored before the counters existed are counted once here.
insert into application_tally (intake_year, source_province, batch, plan_line_id, status, submitted_on, listing,
                               first_choice)
select a.intake_year, a.source_province, a.batch, m.line::uuid, a.status,
       (a.created_at at time zone 'Asia/Shanghai')::date,
       count(*),
       count(*) filter (where c.position = 1 and m.position = 1)
from application a
         cross join lateral jsonb_array_elements(a.choices::jsonb) with ordinality as c(choice, position)
         cross join lateral jsonb_array_elements_text(c.choice -> 'majors') with ordinality as m(line, position)
group by a.intake_year, a.source_province, a.batch, m.line::uuid, a.status,
         (a.created_at at time zone 'Asia/Shanghai')::date;
