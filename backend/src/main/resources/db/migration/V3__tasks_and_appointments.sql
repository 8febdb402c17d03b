-- The participant's day: tasks, appointments and private calendar links.
-- Rows are never deleted while a phone may hold a copy: deleted_at marks them, so sync can say so.

CREATE TABLE tasks (
    id               VARCHAR(36)  NOT NULL,
    organisation_id  VARCHAR(36)  NOT NULL,
    participant_id   VARCHAR(36)  NOT NULL,
    domain           VARCHAR(30)  NOT NULL,
    template_key     VARCHAR(64)  NULL,
    title            VARCHAR(200) NULL,
    steps            TEXT         NULL,
    what_to_bring    VARCHAR(500) NULL,
    text_language    VARCHAR(35)  NULL,
    due_date         DATE         NULL,
    status           VARCHAR(20)  NOT NULL,
    skip_reason      VARCHAR(500) NULL,
    created_by       VARCHAR(36)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    completed_at     DATETIME(6)  NULL,
    deleted_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_tasks_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_tasks_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
CREATE INDEX ix_tasks_participant_due ON tasks (participant_id, status, due_date);
CREATE INDEX ix_tasks_participant_updated ON tasks (participant_id, updated_at);

-- Free-text tasks are written in their author's language; translations are added beside them.
CREATE TABLE task_translations (
    id               VARCHAR(36)  NOT NULL,
    task_id          VARCHAR(36)  NOT NULL,
    language         VARCHAR(35)  NOT NULL,
    organisation_id  VARCHAR(36)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    steps            TEXT         NULL,
    what_to_bring    VARCHAR(500) NULL,
    translated_by    VARCHAR(36)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_task_translation UNIQUE (task_id, language),
    CONSTRAINT fk_task_translations_task FOREIGN KEY (task_id) REFERENCES tasks (id)
);

CREATE TABLE appointments (
    id                   VARCHAR(36)   NOT NULL,
    organisation_id      VARCHAR(36)   NOT NULL,
    participant_id       VARCHAR(36)   NOT NULL,
    category             VARCHAR(30)   NOT NULL,
    condition_of_release BOOLEAN       NOT NULL,
    starts_at            DATETIME(6)   NOT NULL,
    time_zone            VARCHAR(64)   NOT NULL,
    duration_minutes     INT           NOT NULL,
    place_name           VARCHAR(200)  NULL,
    address              VARCHAR(500)  NULL,
    directions           VARCHAR(1000) NULL,
    contact_phone        VARCHAR(20)   NULL,
    interpreter_language VARCHAR(35)   NULL,
    accompanied_by       VARCHAR(200)  NULL,
    what_to_bring        VARCHAR(500)  NULL,
    status               VARCHAR(20)   NOT NULL,
    rescheduled_to       VARCHAR(36)   NULL,
    response             VARCHAR(20)   NULL,
    response_reason      VARCHAR(500)  NULL,
    responded_at         DATETIME(6)   NULL,
    outcome_recorded_at  DATETIME(6)   NULL,
    created_by           VARCHAR(36)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    deleted_at           DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_appointments_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_appointments_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
CREATE INDEX ix_appointments_participant_start ON appointments (participant_id, starts_at);
CREATE INDEX ix_appointments_participant_updated ON appointments (participant_id, updated_at);

CREATE TABLE calendar_links (
    id               VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    participant_id   VARCHAR(36) NOT NULL,
    token_hash       CHAR(64)    NOT NULL,
    detailed         BOOLEAN     NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    revoked_at       DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_calendar_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
