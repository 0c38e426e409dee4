-- v1: yards, runs, scenes, per yard × scene observations with per-track counts, cars and chips.
CREATE TABLE yards (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT,
    geojson      TEXT NOT NULL,
    track_count  INTEGER NOT NULL,
    source_path  TEXT
) STRICT;

CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    config_path   TEXT,
    summary_json  TEXT
) STRICT;

CREATE TABLE scenes (
    id               INTEGER PRIMARY KEY,
    provider         TEXT NOT NULL,
    scene_id         TEXT NOT NULL,
    acquired         TEXT NOT NULL,
    href             TEXT NOT NULL,
    sensor           TEXT,
    gsd_m            REAL,
    cloud_pct        REAL,
    cloud_mask_href  TEXT,
    source           TEXT,
    UNIQUE (provider, scene_id)
) STRICT;

CREATE TABLE observations (
    id                 INTEGER PRIMARY KEY,
    yard_id            TEXT NOT NULL REFERENCES yards (id),
    scene_ref          INTEGER NOT NULL REFERENCES scenes (id),
    run_id             INTEGER NOT NULL REFERENCES runs (id),
    image              TEXT NOT NULL,
    algorithm          TEXT NOT NULL,
    model_version      TEXT NOT NULL,
    gsd_m              REAL NOT NULL,
    shift_east_m       REAL NOT NULL,
    shift_north_m      REAL NOT NULL,
    observed_fraction  REAL NOT NULL,
    count              INTEGER,
    low                INTEGER,
    high               INTEGER,
    UNIQUE (yard_id, scene_ref)
) STRICT;

CREATE INDEX observations_scene ON observations (scene_ref);

CREATE TABLE track_counts (
    observation_id     INTEGER NOT NULL REFERENCES observations (id),
    track_id           TEXT NOT NULL,
    count              INTEGER,
    low                INTEGER,
    high               INTEGER,
    observed_fraction  REAL NOT NULL,
    PRIMARY KEY (observation_id, track_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE cars (
    observation_id  INTEGER NOT NULL REFERENCES observations (id),
    seq             INTEGER NOT NULL,
    track_id        TEXT NOT NULL,
    lon             REAL NOT NULL,
    lat             REAL NOT NULL,
    length_m        REAL NOT NULL,
    score           REAL NOT NULL,
    x_px            REAL,
    y_px            REAL,
    angle_deg       REAL,
    length_px       REAL,
    PRIMARY KEY (observation_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE chips (
    id              INTEGER PRIMARY KEY,
    observation_id  INTEGER NOT NULL UNIQUE REFERENCES observations (id),
    geotiff_path    TEXT NOT NULL,
    preview_path    TEXT,
    preview_width   INTEGER NOT NULL,
    preview_height  INTEGER NOT NULL
) STRICT;
