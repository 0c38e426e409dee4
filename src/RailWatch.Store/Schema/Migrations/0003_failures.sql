-- v3: yard × scene failures, kept (with the scene reference) until a later night succeeds.
CREATE TABLE scene_failures (
    yard_id          TEXT NOT NULL REFERENCES yards (id),
    provider         TEXT NOT NULL,
    scene_id         TEXT NOT NULL,
    acquired         TEXT NOT NULL,
    href             TEXT NOT NULL,
    sensor           TEXT,
    gsd_m            REAL,
    cloud_pct        REAL,
    cloud_mask_href  TEXT,
    source           TEXT,
    error            TEXT NOT NULL,
    attempts         INTEGER NOT NULL,
    first_run_id     INTEGER NOT NULL REFERENCES runs (id),
    last_run_id      INTEGER NOT NULL REFERENCES runs (id),
    PRIMARY KEY (yard_id, provider, scene_id)
) STRICT, WITHOUT ROWID;
