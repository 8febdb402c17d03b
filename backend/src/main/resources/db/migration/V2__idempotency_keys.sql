-- Idempotency keys: a phone that resends a write after losing the answer gets the stored answer
-- instead of a second write. One row per (caller, key). A row without response_status is a
-- reservation held while the first request runs; rows older than 24 hours are purged.
-- The key is compared byte for byte (ascii_bin), so keys differing only in case stay distinct.
-- No foreign key to users: the rows live a day and must never stand in the way of removing a person.
CREATE TABLE idempotency_keys (
    id                    VARCHAR(36)  NOT NULL,
    user_id               VARCHAR(36)  NOT NULL,
    idempotency_key       VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_method        VARCHAR(10)  NOT NULL,
    request_path          VARCHAR(500) NOT NULL,
    request_hash          CHAR(64)     NOT NULL,
    response_status       INT          NULL,
    response_content_type VARCHAR(100) NULL,
    response_body         TEXT         NULL,
    created_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_idempotency_user_key UNIQUE (user_id, idempotency_key)
);
CREATE INDEX ix_idempotency_created ON idempotency_keys (created_at);
