"""Schema migrations, recorded in the ``migrations`` table. Each is SQL written once for
both back ends; ``{serial}`` and friends are filled in by the dialect."""
from __future__ import annotations

from ..errors import StoreError

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial", """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    text_sha256 TEXT NOT NULL,
    source TEXT, outlet TEXT, title TEXT, url TEXT,
    published TEXT, published_basis TEXT, language TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    n_warnings INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_sha ON articles(text_sha256);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS failures (
    id {serial},
    source TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    severity TEXT NOT NULL DEFAULT 'error',
    content_sha256 TEXT,
    first_seen TEXT NOT NULL,
    UNIQUE (source, code)
);
CREATE TABLE IF NOT EXISTS entities (
    id {serial},
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    geo TEXT,
    geonames_id BIGINT,
    lat {real}, lon {real},
    n_mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id BIGINT NOT NULL,
    alias TEXT NOT NULL,
    n INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS entity_aliases_alias ON entity_aliases(alias);
CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    PRIMARY KEY (key, entity_id)
);
CREATE TABLE IF NOT EXISTS article_entities (
    article_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    roles TEXT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS article_entities_entity ON article_entities(entity_id);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    entity_id BIGINT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, start_char)
);
CREATE TABLE IF NOT EXISTS statements (
    article_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    source_entity_id BIGINT,
    speaker TEXT,
    stance TEXT NOT NULL,
    cue TEXT,
    channel TEXT,
    direct INTEGER NOT NULL DEFAULT 0,
    content TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    target TEXT,
    about TEXT,
    claim_id BIGINT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS statements_source ON statements(source_entity_id);
CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    trigger TEXT,
    sentence TEXT,
    place_entity_id BIGINT,
    place_name TEXT,
    lat {real}, lon {real},
    date_value TEXT,
    date_precision TEXT,
    fatalities INTEGER,
    injured INTEGER,
    actors TEXT,
    targets TEXT,
    reported_by TEXT,
    published TEXT,
    merged_id BIGINT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_date ON events(date_value);
CREATE INDEX IF NOT EXISTS events_merged ON events(merged_id);
CREATE TABLE IF NOT EXISTS merged_events (
    id {serial},
    type TEXT NOT NULL,
    status TEXT,
    place_entity_id BIGINT,
    place_name TEXT,
    lat {real}, lon {real},
    date_value TEXT,
    fatalities_min INTEGER, fatalities_max INTEGER, fatalities_latest INTEGER,
    injured_min INTEGER, injured_max INTEGER, injured_latest INTEGER,
    n_reports INTEGER NOT NULL DEFAULT 1,
    summary TEXT
);
CREATE INDEX IF NOT EXISTS merged_events_type ON merged_events(type);
CREATE TABLE IF NOT EXISTS times (
    article_id TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    precision TEXT,
    PRIMARY KEY (article_id, start_char)
);
CREATE TABLE IF NOT EXISTS figures (
    article_id TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    value {real},
    unit TEXT,
    approx INTEGER NOT NULL DEFAULT 0,
    bound TEXT,
    PRIMARY KEY (article_id, start_char)
);
CREATE TABLE IF NOT EXISTS claims (
    id {serial},
    article_id TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    claimant_entity_id BIGINT,
    claimant TEXT,
    text TEXT NOT NULL,
    event_merged_id BIGINT,
    status TEXT NOT NULL DEFAULT 'claimed',
    UNIQUE (article_id, statement_id)
);
CREATE TABLE IF NOT EXISTS claim_links (
    claim_id BIGINT NOT NULL,
    article_id TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    entity_id BIGINT,
    speaker TEXT,
    stance TEXT NOT NULL,
    PRIMARY KEY (claim_id, article_id, statement_id)
);
"""),
    (2, "event merging: date basis, sentence vectors, merged date range", """
ALTER TABLE events ADD COLUMN date_basis TEXT;
ALTER TABLE events ADD COLUMN embedding TEXT;
ALTER TABLE merged_events ADD COLUMN date_min TEXT;
ALTER TABLE merged_events ADD COLUMN date_max TEXT;
CREATE INDEX IF NOT EXISTS merged_events_type_date ON merged_events(type, date_value);
"""),
    (3, "watch: the sources followed and every page they listed", """
CREATE TABLE IF NOT EXISTS sources (
    url TEXT PRIMARY KEY,
    outlet TEXT,
    kind TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    last_fetch TEXT,
    last_status INTEGER,
    etag TEXT,
    last_modified TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_due TEXT
);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    source_url TEXT NOT NULL,
    host TEXT NOT NULL,
    seq BIGINT NOT NULL,
    turn INTEGER NOT NULL,
    state TEXT NOT NULL,
    title TEXT,
    summary TEXT,
    published TEXT,
    outlet TEXT,
    article_id TEXT,
    http_status INTEGER,
    reason TEXT,
    published_from TEXT,
    first_seen TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX IF NOT EXISTS pages_pending ON pages(state, turn, seq);
CREATE INDEX IF NOT EXISTS pages_source ON pages(source_url);
CREATE INDEX IF NOT EXISTS pages_article ON pages(article_id);
"""),
    (4, "linking out of the store: copies, place detail, indexed candidates for events and claims", """
ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
ALTER TABLE articles ADD COLUMN source_root TEXT;
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);
CREATE TABLE IF NOT EXISTS article_fingerprints (
    article_id TEXT PRIMARY KEY,
    minhash TEXT NOT NULL,
    n_shingles INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS article_bands (
    band TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (band, article_id)
);
CREATE INDEX IF NOT EXISTS article_bands_article ON article_bands(article_id);
ALTER TABLE events ADD COLUMN place_admin1 TEXT;
ALTER TABLE events ADD COLUMN place_country TEXT;
ALTER TABLE events ADD COLUMN place_feature TEXT;
ALTER TABLE events ADD COLUMN place_geonames_id BIGINT;
ALTER TABLE events ADD COLUMN place_inferred INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN context TEXT;
ALTER TABLE events ADD COLUMN source_root TEXT;
CREATE INDEX IF NOT EXISTS events_merged_recent ON events(merged_id, published);
CREATE INDEX IF NOT EXISTS events_merged_root ON events(merged_id, source_root);
ALTER TABLE merged_events ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 1;
ALTER TABLE merged_events ADD COLUMN place_admin1 TEXT;
ALTER TABLE merged_events ADD COLUMN place_country TEXT;
ALTER TABLE merged_events ADD COLUMN place_feature TEXT;
ALTER TABLE merged_events ADD COLUMN place_geonames_id BIGINT;
CREATE TABLE IF NOT EXISTS event_blocks (
    type TEXT NOT NULL,
    day TEXT NOT NULL,
    region TEXT NOT NULL,
    merged_id BIGINT NOT NULL,
    PRIMARY KEY (type, day, region, merged_id)
);
CREATE INDEX IF NOT EXISTS event_blocks_merged ON event_blocks(merged_id);
ALTER TABLE claims ADD COLUMN claimant_key TEXT;
ALTER TABLE claims ADD COLUMN published TEXT;
ALTER TABLE claims ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 1;
CREATE INDEX IF NOT EXISTS claims_claimant ON claims(claimant_key, published);
CREATE INDEX IF NOT EXISTS claims_event ON claims(event_merged_id, published);
CREATE INDEX IF NOT EXISTS claim_links_article ON claim_links(article_id, statement_id);
CREATE TABLE IF NOT EXISTS statement_terms (
    term TEXT NOT NULL,
    day TEXT NOT NULL,
    article_id TEXT NOT NULL,
    local_id TEXT NOT NULL,
    PRIMARY KEY (term, day, article_id, local_id)
);
CREATE INDEX IF NOT EXISTS statement_terms_article ON statement_terms(article_id);
CREATE INDEX IF NOT EXISTS statements_claim ON statements(claim_id);
CREATE INDEX IF NOT EXISTS merged_events_keyset ON merged_events((COALESCE(date_value, '')), id);
CREATE INDEX IF NOT EXISTS events_keyset ON events((COALESCE(date_value, '')), article_id, local_id);
CREATE INDEX IF NOT EXISTS events_type_keyset ON events(type, (COALESCE(date_value, '')), article_id, local_id);
CREATE INDEX IF NOT EXISTS merged_events_type_keyset ON merged_events(type, (COALESCE(date_value, '')), id);
"""),
    (5, "merged tolls: each report's lowest and highest death count (a stated range included)", """
ALTER TABLE events ADD COLUMN fatalities_low INTEGER;
ALTER TABLE events ADD COLUMN fatalities_high INTEGER;
"""),
]

if [v for v, _, _ in MIGRATIONS] != list(range(1, len(MIGRATIONS) + 1)):  # two branches took one number
    raise StoreError("schema migrations must be numbered 1, 2, 3... without gaps or repeats")
