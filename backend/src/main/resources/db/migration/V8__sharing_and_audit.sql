-- What each participant shares with each person around them, and who looked at what.

-- The participant's current choice for one person (a caseworker or a mentor). No row: the default
-- for that relation (assigned caseworkers see everything; a matched mentor sees tasks, appointment
-- times, goals and crisis contacts).
CREATE TABLE sharing_choices (
    participant_id   VARCHAR(36) NOT NULL,
    person_id        VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    tasks            BOOLEAN     NOT NULL,
    -- NONE, TIMES or DETAILS
    appointments     VARCHAR(10) NOT NULL,
    goals            BOOLEAN     NOT NULL,
    check_in_notes   BOOLEAN     NOT NULL,
    help_requests    BOOLEAN     NOT NULL,
    crisis_contacts  BOOLEAN     NOT NULL,
    changed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (participant_id, person_id),
    CONSTRAINT fk_sharing_participant FOREIGN KEY (participant_id) REFERENCES users (id),
    CONSTRAINT fk_sharing_person FOREIGN KEY (person_id) REFERENCES users (id)
);

-- Every change of a choice, as it was made; never updated.
CREATE TABLE sharing_changes (
    id               VARCHAR(36) NOT NULL,
    participant_id   VARCHAR(36) NOT NULL,
    person_id        VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    tasks            BOOLEAN     NOT NULL,
    appointments     VARCHAR(10) NOT NULL,
    goals            BOOLEAN     NOT NULL,
    check_in_notes   BOOLEAN     NOT NULL,
    help_requests    BOOLEAN     NOT NULL,
    crisis_contacts  BOOLEAN     NOT NULL,
    changed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sharing_changes_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
CREATE INDEX ix_sharing_changes_participant ON sharing_changes (participant_id, changed_at);

-- The audit trail: every read of a participant's data by someone else, and every change. The
-- application only inserts and reads these rows. No foreign keys: a record outlives any account,
-- and an insert would share-lock the participant's account row, which a change to their plan
-- then locks exclusively (two such changes at once would deadlock).
CREATE TABLE access_log (
    id               VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    participant_id   VARCHAR(36) NOT NULL,
    actor_id         VARCHAR(36) NOT NULL,
    actor_role       VARCHAR(20) NOT NULL,
    data_kind        VARCHAR(20) NOT NULL,
    -- READ or CHANGE
    action           VARCHAR(10) NOT NULL,
    occurred_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_access_log_participant ON access_log (participant_id, occurred_at);
CREATE INDEX ix_access_log_organisation ON access_log (organisation_id, occurred_at);
CREATE INDEX ix_access_log_actor ON access_log (actor_id, occurred_at);
