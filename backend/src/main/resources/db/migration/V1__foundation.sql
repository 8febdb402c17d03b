-- Foundation: organisations, people, who looks after whom, and the credentials that let them in.
-- Written in the SQL that MySQL 8, MariaDB 10.11 and H2 (MODE=MySQL) all accept.
-- Instants are UTC DATETIME(6); ids are opaque strings made by the application.

CREATE TABLE organisations (
    id               VARCHAR(36)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    default_language VARCHAR(35)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE users (
    id               VARCHAR(36)  NOT NULL,
    organisation_id  VARCHAR(36)  NOT NULL,
    username         VARCHAR(64)  NULL,
    phone_number     VARCHAR(32)  NULL,
    role             VARCHAR(20)  NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    language         VARCHAR(35)  NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    password_hash    VARCHAR(255) NULL,
    status           VARCHAR(20)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_username UNIQUE (username),
    CONSTRAINT fk_users_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX ix_users_organisation_role ON users (organisation_id, role);

CREATE TABLE participant_profiles (
    user_id          VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    release_date     DATE        NULL,
    release_status   VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_profiles_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_profiles_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);

CREATE TABLE case_assignments (
    id               VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    participant_id   VARCHAR(36) NOT NULL,
    caseworker_id    VARCHAR(36) NOT NULL,
    started_at       DATETIME(6) NOT NULL,
    ended_at         DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignments_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_assignments_participant FOREIGN KEY (participant_id) REFERENCES users (id),
    CONSTRAINT fk_assignments_caseworker FOREIGN KEY (caseworker_id) REFERENCES users (id)
);
CREATE INDEX ix_assignments_caseworker ON case_assignments (caseworker_id, ended_at);
CREATE INDEX ix_assignments_participant ON case_assignments (participant_id, ended_at);

CREATE TABLE mentor_matches (
    id               VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    participant_id   VARCHAR(36) NOT NULL,
    mentor_id        VARCHAR(36) NOT NULL,
    starts_on        DATE        NOT NULL,
    ends_on          DATE        NULL,
    created_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_matches_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_matches_participant FOREIGN KEY (participant_id) REFERENCES users (id),
    CONSTRAINT fk_matches_mentor FOREIGN KEY (mentor_id) REFERENCES users (id)
);
CREATE INDEX ix_matches_mentor ON mentor_matches (mentor_id, ends_on);
CREATE INDEX ix_matches_participant ON mentor_matches (participant_id, ends_on);

-- Only a SHA-256 of each code is kept: a leaked table lets nobody activate an account.
CREATE TABLE activation_codes (
    id               VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    user_id          VARCHAR(36) NOT NULL,
    code_hash        CHAR(64)    NOT NULL,
    created_by       VARCHAR(36) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    expires_at       DATETIME(6) NOT NULL,
    used_at          DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_activation_code_hash UNIQUE (code_hash),
    CONSTRAINT fk_codes_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_codes_user FOREIGN KEY (user_id) REFERENCES users (id)
);

-- Rotating refresh tokens: each use replaces the token; a second use of a used token revokes its family.
CREATE TABLE refresh_tokens (
    id               VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    user_id          VARCHAR(36) NOT NULL,
    family_id        VARCHAR(36) NOT NULL,
    token_hash       CHAR(64)    NOT NULL,
    issued_at        DATETIME(6) NOT NULL,
    expires_at       DATETIME(6) NOT NULL,
    used_at          DATETIME(6) NULL,
    revoked_at       DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_refresh_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_refresh_family ON refresh_tokens (family_id);

-- Failed sign-ins per typed username (known or not), so throttling never reveals who has an account.
CREATE TABLE login_attempts (
    username_key     CHAR(64)    NOT NULL,
    failures         INT         NOT NULL,
    last_failure_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (username_key)
);
