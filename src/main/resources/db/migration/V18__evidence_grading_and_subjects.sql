-- Evidence credibility may come from an Admiralty grade (issue 12): the grade given, or the grade of the
-- claim the evidence is. Kept beside the weight so that a reader sees where the weight came from.
alter table evidence add column grading text;
alter table evidence add column credibility_from text not null default 'STATED';
alter table evidence add constraint evidence_grading check (grading is null or grading ~ '^[A-F][1-6]$');
alter table evidence add constraint evidence_credibility_from check (credibility_from in ('STATED', 'GRADING', 'CLAIM'));
alter table evidence alter column credibility_from drop default;
-- A claim's evidence is a claim of the same case: checked by the application, and the link kept sound.
alter table evidence add constraint evidence_claim foreign key (claim_id) references attribution_claims (id);

-- Who would be responsible if a hypothesis held ("Islamic State"), so that an export can state the
-- attribution; and which hypothesis a judgement weighs.
alter table hypotheses add column subject text;
alter table attribution_judgements add column hypothesis_id uuid references hypotheses (id);
