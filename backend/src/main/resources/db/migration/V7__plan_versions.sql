-- A counter per participant, raised in the same transaction as every write to their tasks or
-- appointments (PlanWrites). The phone's most frequent request, the day's view, is kept in memory
-- and served again while the counter, read with the account in one indexed look-up, is unchanged.
-- The entity never maps it, so account updates leave it alone.
ALTER TABLE users ADD COLUMN plan_version BIGINT NOT NULL DEFAULT 0;
