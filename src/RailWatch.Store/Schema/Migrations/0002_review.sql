-- v2: the detector's baselines, flags and analysts' reviews.
CREATE TABLE baselines (
    yard_id   TEXT NOT NULL REFERENCES yards (id),
    acquired  TEXT NOT NULL,
    expected  REAL NOT NULL,
    lower     REAL NOT NULL,
    upper     REAL NOT NULL,
    PRIMARY KEY (yard_id, acquired)
) STRICT, WITHOUT ROWID;

CREATE TABLE flags (
    id              INTEGER PRIMARY KEY,
    yard_id         TEXT NOT NULL REFERENCES yards (id),
    acquired        TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('spike', 'sustained')),
    count           INTEGER NOT NULL,
    expected        REAL NOT NULL,
    upper           REAL NOT NULL,
    p_value         REAL NOT NULL,
    method          TEXT NOT NULL,
    reason          TEXT NOT NULL,
    observation_id  INTEGER NOT NULL REFERENCES observations (id),
    run_id          INTEGER NOT NULL REFERENCES runs (id),
    UNIQUE (yard_id, acquired, kind)
) STRICT;

CREATE INDEX flags_observation ON flags (observation_id);

CREATE TABLE reviews (
    id               INTEGER PRIMARY KEY,
    flag_id          INTEGER NOT NULL REFERENCES flags (id),
    decision         TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed', 'needs_more_imagery')),
    reviewer         TEXT NOT NULL,
    decided_at       TEXT NOT NULL,
    note             TEXT,
    corrected_count  INTEGER CHECK (corrected_count IS NULL OR corrected_count >= 0)
) STRICT;

CREATE INDEX reviews_flag ON reviews (flag_id, decided_at, id);
