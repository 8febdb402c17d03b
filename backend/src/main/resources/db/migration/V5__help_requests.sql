-- Help requests: raised by a participant, answered by caseworkers, escalated when nobody answers in
-- time. Every change is an event; the request row holds only where things stand now.

CREATE TABLE help_requests (
    id                  VARCHAR(36)  NOT NULL,
    organisation_id     VARCHAR(36)  NOT NULL,
    participant_id      VARCHAR(36)  NOT NULL,
    category            VARCHAR(30)  NULL,
    urgency             VARCHAR(12)  NOT NULL,
    message             VARCHAR(500) NULL,
    status              VARCHAR(14)  NOT NULL,
    -- 0: the assigned caseworkers; 1: also the backup caseworker; 2: also the on-call staff.
    escalation_level    INT          NOT NULL,
    -- When it escalates next if nobody acknowledges it (epoch ms); NULL once acknowledged or at the top.
    escalate_at         BIGINT       NULL,
    acknowledged_by     VARCHAR(36)  NULL,
    acknowledged_at     DATETIME(6)  NULL,
    resolved_by         VARCHAR(36)  NULL,
    resolved_at         DATETIME(6)  NULL,
    outcome             VARCHAR(20)  NULL,
    referred_to         VARCHAR(200) NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_help_requests_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_help_requests_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
CREATE INDEX ix_help_requests_participant ON help_requests (participant_id, created_at);
CREATE INDEX ix_help_requests_status ON help_requests (organisation_id, status, created_at);
CREATE INDEX ix_help_requests_escalate ON help_requests (status, escalate_at);

CREATE TABLE help_request_events (
    id               VARCHAR(36)   NOT NULL,
    help_request_id  VARCHAR(36)   NOT NULL,
    -- 1, 2, 3... within the request: the order of changes, even within one second.
    number           INT           NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    actor_id         VARCHAR(36)   NULL,
    text             VARCHAR(1000) NULL,
    level            INT           NULL,
    outcome          VARCHAR(20)   NULL,
    at               DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_help_request_events_request FOREIGN KEY (help_request_id) REFERENCES help_requests (id)
);
CREATE UNIQUE INDEX ix_help_request_events_request ON help_request_events (help_request_id, number);

-- Per organisation: how fast each urgency must be acknowledged, and who comes after the
-- assigned caseworkers.
CREATE TABLE help_settings (
    organisation_id          VARCHAR(36) NOT NULL,
    now_minutes              INT         NOT NULL,
    today_minutes            INT         NOT NULL,
    this_week_minutes        INT         NOT NULL,
    backup_caseworker_id     VARCHAR(36) NULL,
    updated_at               DATETIME(6) NOT NULL,
    PRIMARY KEY (organisation_id),
    CONSTRAINT fk_help_settings_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);

-- The organisation's on-call staff: the last level of escalation.
CREATE TABLE on_call_staff (
    id               VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    user_id          VARCHAR(36) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_on_call_staff UNIQUE (organisation_id, user_id),
    CONSTRAINT fk_on_call_staff_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_on_call_staff_user FOREIGN KEY (user_id) REFERENCES users (id)
);
