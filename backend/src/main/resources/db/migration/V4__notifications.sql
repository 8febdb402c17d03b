-- Notifications: the devices that receive them, what each person was told (their inbox), the
-- outbox the dispatchers send from, reminders planned ahead, and each person's preferences.
-- Times the dispatchers compare and order by are epoch milliseconds (BIGINT): exact, compact in the
-- claim index, and free of the fractional-second differences between drivers.

CREATE TABLE devices (
    id           VARCHAR(36)   NOT NULL,
    user_id      VARCHAR(36)   NOT NULL,
    -- FCM registration tokens are about 160 characters; the hash keeps the unique index small.
    token        VARCHAR(1024) NOT NULL,
    token_hash   CHAR(64)      NOT NULL,
    platform     VARCHAR(10)   NOT NULL,
    app_version  VARCHAR(40)   NULL,
    language     VARCHAR(35)   NULL,
    -- The sign-in (refresh-token family) that registered it: signing out removes the device.
    session_id   VARCHAR(36)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_devices_token UNIQUE (token_hash),
    CONSTRAINT fk_devices_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_devices_user ON devices (user_id);
CREATE INDEX ix_devices_session ON devices (session_id);

-- One row per person told something: the in-app inbox, in full, in their language.
CREATE TABLE notifications (
    id            VARCHAR(36)   NOT NULL,
    user_id       VARCHAR(36)   NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    subject_type  VARCHAR(20)   NULL,
    subject_id    VARCHAR(36)   NULL,
    title         VARCHAR(200)  NOT NULL,
    body          VARCHAR(1000) NOT NULL,
    urgent        BOOLEAN       NOT NULL,
    -- The reminder it came from, if any: withdrawing the reminder withdraws it while not yet due.
    reminder_id   VARCHAR(36)   NULL,
    -- When it is (or was) due to reach the person; the inbox shows it from then on.
    due_at        BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    read_at       DATETIME(6)   NULL,
    withdrawn_at  DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notifications_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_notifications_user_due ON notifications (user_id, due_at);
CREATE INDEX ix_notifications_subject ON notifications (subject_type, subject_id);

-- One row per notification and device. due_at is when a dispatcher may next take the row: the due
-- time, then the next retry, or, while a dispatcher holds it, when its claim lapses (so a row whose
-- dispatcher died is sent again: at least once).
CREATE TABLE push_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    notification_id  VARCHAR(36)   NOT NULL,
    user_id          VARCHAR(36)   NOT NULL,
    device_id        VARCHAR(36)   NOT NULL,
    token            VARCHAR(1024) NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    body             VARCHAR(1000) NOT NULL,
    data             VARCHAR(1000) NOT NULL,
    urgent           BOOLEAN       NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    due_at           BIGINT        NOT NULL,
    first_due_at     BIGINT        NOT NULL,
    sent_at          BIGINT        NULL,
    last_error       VARCHAR(200)  NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_push_outbox_claim ON push_outbox (status, due_at);
CREATE INDEX ix_push_outbox_notification ON push_outbox (notification_id);
CREATE INDEX ix_push_outbox_user ON push_outbox (user_id, status);

-- Reminders planned ahead (an appointment's 24 and 2 hours before, a task's morning); moved into
-- notifications and the outbox shortly before they are due, in bounded batches.
CREATE TABLE reminders (
    id            VARCHAR(36)  NOT NULL,
    user_id       VARCHAR(36)  NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    subject_type  VARCHAR(20)  NOT NULL,
    subject_id    VARCHAR(36)  NOT NULL,
    due_at        BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_reminders_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_reminders_due ON reminders (status, due_at);
CREATE INDEX ix_reminders_subject ON reminders (subject_type, subject_id);

CREATE TABLE notification_preferences (
    user_id      VARCHAR(36)  NOT NULL,
    detailed     BOOLEAN      NOT NULL,
    quiet_from   TIME         NOT NULL,
    quiet_until  TIME         NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_notification_preferences_user FOREIGN KEY (user_id) REFERENCES users (id)
);
