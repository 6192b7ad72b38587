-- Several nodes on one PostgreSQL (issue 14). Each run of a once-per-cluster job (a sweep, a poll, an
-- expiry) that actually executed, and on which node: shared/database/ClusterJobs writes it while it
-- holds the job's advisory lock. Times are the database's clock, the one clock every node shares.
-- A run whose node died has no finished_at. Kept for forewarn.cluster.job-runs-kept.
create table job_runs (
    id          bigint generated always as identity primary key,
    job         text        not null,
    node        text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    -- OK, or FAILED: and the error's message; null while running (or if the node died).
    outcome     text
);
create index job_runs_job_started on job_runs (job, started_at desc);
create index job_runs_started on job_runs (started_at);

-- Which node holds (or last held) a fan-out chunk: who sent its messages.
alter table fanout_chunks add column leased_by text;
