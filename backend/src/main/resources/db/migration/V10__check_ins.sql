-- Mentor check-ins, the participant's own check-ins, concerns a mentor raises, and the mentor's
-- side of a mentor meeting (the meeting itself is an appointment of category MENTOR_MEETING).

-- One conversation between a mentor and a participant, or the participant's own note of how they
-- are (self_check_in: no mode, duration, domains or "in control"). Mood is 1 (very low) to 5 (very
-- good), as the participant tells it. Domains are LifeDomain names, comma-separated: they are read
-- with the check-in, never searched.
CREATE TABLE check_ins (
    id               VARCHAR(36)   NOT NULL,
    organisation_id  VARCHAR(36)   NOT NULL,
    participant_id   VARCHAR(36)   NOT NULL,
    author_id        VARCHAR(36)   NOT NULL,
    self_check_in    BOOLEAN       NOT NULL,
    occurred_at      DATETIME(6)   NOT NULL,
    -- IN_PERSON, PHONE, VIDEO or MESSAGE
    mode             VARCHAR(20)   NULL,
    duration_minutes INT           NULL,
    mood             INT           NOT NULL,
    domains          VARCHAR(400)  NULL,
    -- YES, PARTLY or NO
    in_control       VARCHAR(10)   NULL,
    note             TEXT          NULL,
    -- the author shared the note with the caseworkers (who see it if the participant shares notes)
    note_shared      BOOLEAN       NOT NULL,
    meeting_id       VARCHAR(36)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_check_ins_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_check_ins_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
CREATE INDEX ix_check_ins_participant ON check_ins (participant_id, occurred_at);
CREATE INDEX ix_check_ins_author ON check_ins (author_id, occurred_at);

-- A concern a mentor raised; open until a caseworker records a response.
CREATE TABLE concerns (
    id               VARCHAR(36)   NOT NULL,
    organisation_id  VARCHAR(36)   NOT NULL,
    participant_id   VARCHAR(36)   NOT NULL,
    check_in_id      VARCHAR(36)   NULL,
    raised_by        VARCHAR(36)   NOT NULL,
    -- SAFETY, HOUSING_LOSS, RELAPSE, FORMER_EXPLOITER_CONTACT or OTHER
    kind             VARCHAR(30)   NOT NULL,
    details          VARCHAR(500)  NULL,
    raised_at        DATETIME(6)   NOT NULL,
    response         VARCHAR(1000) NULL,
    responded_by     VARCHAR(36)   NULL,
    responded_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_concerns_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_concerns_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
CREATE INDEX ix_concerns_participant ON concerns (participant_id, responded_at);

-- The mentor's side of a mentor meeting: who booked it and how they will meet.
CREATE TABLE mentor_meetings (
    appointment_id   VARCHAR(36)   NOT NULL,
    organisation_id  VARCHAR(36)   NOT NULL,
    participant_id   VARCHAR(36)   NOT NULL,
    mentor_id        VARCHAR(36)   NOT NULL,
    -- IN_PERSON, PHONE, VIDEO or MESSAGE
    mode             VARCHAR(20)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (appointment_id),
    CONSTRAINT fk_mentor_meetings_appointment FOREIGN KEY (appointment_id) REFERENCES appointments (id)
);
CREATE INDEX ix_mentor_meetings_participant ON mentor_meetings (participant_id, mentor_id);
