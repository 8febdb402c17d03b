-- Goals by life domain, each with its own starting point, and progress rated over time by the
-- participant and by the caseworker, side by side. There is no overall score: each rating stands
-- against the goal's own baseline.

CREATE TABLE goals (
    id               VARCHAR(36)  NOT NULL,
    organisation_id  VARCHAR(36)  NOT NULL,
    participant_id   VARCHAR(36)  NOT NULL,
    domain           VARCHAR(30)  NOT NULL,
    wording          VARCHAR(200) NOT NULL,
    baseline_note    VARCHAR(500) NULL,
    -- 0 to 4: where things stood when the goal was set
    baseline_rating  INT          NOT NULL,
    -- ACTIVE, PAUSED or ACHIEVED
    status           VARCHAR(20)  NOT NULL,
    created_by       VARCHAR(36)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_goals_baseline CHECK (baseline_rating BETWEEN 0 AND 4),
    CONSTRAINT fk_goals_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_goals_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
-- A participant's goals, read by domain.
CREATE INDEX ix_goals_participant_domain ON goals (participant_id, domain, created_at);

-- Tasks that move a goal on; always the same participant's tasks.
CREATE TABLE goal_tasks (
    goal_id          VARCHAR(36)  NOT NULL,
    task_id          VARCHAR(36)  NOT NULL,
    PRIMARY KEY (goal_id, task_id),
    CONSTRAINT fk_goal_tasks_goal FOREIGN KEY (goal_id) REFERENCES goals (id),
    CONSTRAINT fk_goal_tasks_task FOREIGN KEY (task_id) REFERENCES tasks (id)
);

-- One rating per rater role per goal per day: a second one that day replaces the first.
CREATE TABLE goal_ratings (
    id               VARCHAR(36)  NOT NULL,
    goal_id          VARCHAR(36)  NOT NULL,
    participant_id   VARCHAR(36)  NOT NULL,
    organisation_id  VARCHAR(36)  NOT NULL,
    rated_by         VARCHAR(36)  NOT NULL,
    -- PARTICIPANT or CASEWORKER
    rater_role       VARCHAR(20)  NOT NULL,
    rating           INT          NOT NULL,
    rated_on         DATE         NOT NULL,
    comment          VARCHAR(500) NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_goal_rating_per_day UNIQUE (goal_id, rater_role, rated_on),
    CONSTRAINT ck_goal_ratings_rating CHECK (rating BETWEEN 0 AND 4),
    CONSTRAINT fk_goal_ratings_goal FOREIGN KEY (goal_id) REFERENCES goals (id),
    CONSTRAINT fk_goal_ratings_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
-- All ratings of a participant's goals in one read, for the charts.
CREATE INDEX ix_goal_ratings_participant ON goal_ratings (participant_id, rated_on);

-- Life domains the participant has set aside for now; no row: the domain is open.
CREATE TABLE domains_not_now (
    participant_id   VARCHAR(36)  NOT NULL,
    domain           VARCHAR(30)  NOT NULL,
    organisation_id  VARCHAR(36)  NOT NULL,
    since            DATETIME(6)  NOT NULL,
    PRIMARY KEY (participant_id, domain),
    CONSTRAINT fk_domains_not_now_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
