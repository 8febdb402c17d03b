-- Crisis contacts: the organisation's hotlines (kept by its admins) and each participant's own
-- trusted contacts. Phone numbers are E.164 ("+447700900123").

CREATE TABLE hotlines (
    id               VARCHAR(36)  NOT NULL,
    organisation_id  VARCHAR(36)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    phone            VARCHAR(20)  NOT NULL,
    text_number      VARCHAR(20)  NULL,
    hours            VARCHAR(100) NULL,
    -- Supported language tags, comma-separated ("en,ar,ro"); empty when not said.
    languages        VARCHAR(200) NOT NULL,
    region           VARCHAR(100) NULL,
    -- Where it is listed: lowest first.
    position         INT          NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_hotlines_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX ix_hotlines_organisation ON hotlines (organisation_id, position);

-- People the participant trusts. One marked unsafe stays here, for the participant alone to see
-- (so they can change their mind); nothing else in Homeward reads, shows or contacts it.
CREATE TABLE trusted_contacts (
    id               VARCHAR(36)  NOT NULL,
    organisation_id  VARCHAR(36)  NOT NULL,
    participant_id   VARCHAR(36)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    relation         VARCHAR(20)  NULL,
    phone            VARCHAR(20)  NOT NULL,
    unsafe           BOOLEAN      NOT NULL,
    unsafe_since     DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_trusted_contacts_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_trusted_contacts_participant FOREIGN KEY (participant_id) REFERENCES users (id)
);
CREATE INDEX ix_trusted_contacts_participant ON trusted_contacts (participant_id, created_at);
