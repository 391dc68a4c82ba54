"""Typed records of what the store holds for cross-article linking.

``cronica.link`` decides what is the same as what; ``cronica.store`` keeps it and answers
indexed queries. Neither imports the other: they meet on these records (and on the
``cronica.link.ports.LinkStore`` protocol the store satisfies). Everything here is plain data.

The gazetteer index meets the geocoder the same way: :class:`cronica.store.gazetteer.GazetteerIndex`
answers with :class:`PlaceName` and :class:`Admin1Point`, :class:`cronica.link.geocode.PlaceIndex`
is the protocol it satisfies.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Optional


@dataclass
class KnownEntity:
    """A cross-article entity as the resolver sees it."""

    id: int
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    geonames_id: Optional[int] = None
    n_mentions: int = 0
    lat: Optional[float] = None
    lon: Optional[float] = None
    admin1: Optional[str] = None
    feature: Optional[str] = None


@dataclass
class EntityLink:
    """One article entity's place in the store: a new entity or an existing one."""

    local_id: str
    entity_id: int
    new: bool


@dataclass
class PlaceRef:
    """Where a report puts its event, with what the gazetteer knows of it."""

    entity_id: Optional[int] = None
    name: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    admin1: Optional[str] = None
    country: Optional[str] = None
    feature: Optional[str] = None
    geonames_id: Optional[int] = None
    inferred: bool = False  # the event named no place; this is the article's main place


@dataclass
class EventReport:
    """One article's report of an event, as stored (the ``events`` table) and as merging compares it."""

    article_id: str
    local_id: str
    type: str
    status: str
    published: Optional[str] = None
    date_value: Optional[str] = None
    date_basis: Optional[str] = None  # explicit / relative / publication / said (the day a statement about it was made) / None
    place: PlaceRef = field(default_factory=PlaceRef)
    fatalities: Optional[int] = None
    injured: Optional[int] = None
    # the lowest and highest death count the article gives for the event, ``fatalities`` and a stated
    # range ("de 100 a 300") included (``cronica.link.tolls``); None when it gives none
    fatalities_low: Optional[int] = None
    fatalities_high: Optional[int] = None
    actors: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    sentence: str = ""
    context: str = ""  # the words merging compares besides the sentence (the article's title and lead)
    merged_id: Optional[int] = None
    source_root: Optional[str] = None  # the original of a copied article (itself when it is no copy)
    outlet: Optional[str] = None

    @property
    def dated(self) -> bool:
        """Does the report give its event a date of its own (not the publication date, nor only the day
        something was said about it: ``said``)?"""
        return bool(self.date_value) and self.date_basis not in (None, "publication", "said")


@dataclass
class MergedEvent:
    """One real event, summarised from its reports."""

    id: int
    type: str
    status: Optional[str] = None
    place: PlaceRef = field(default_factory=PlaceRef)
    date_value: Optional[str] = None
    date_min: Optional[str] = None
    date_max: Optional[str] = None
    fatalities_min: Optional[int] = None
    fatalities_max: Optional[int] = None
    fatalities_latest: Optional[int] = None
    injured_min: Optional[int] = None
    injured_max: Optional[int] = None
    injured_latest: Optional[int] = None
    n_reports: int = 0
    n_sources: int = 0
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (day, region) keys it is indexed under


@dataclass
class MergedDigest:
    """What a merged event's reports add up to, computed by the store (so a merged event with
    thousands of reports, a war's start told in every later article, costs what a small one does)."""

    type: str
    n_reports: int = 0
    n_sources: int = 0
    fatalities: tuple = (None, None, None)  # lowest and highest count any report gives, latest by publication date
    injured: tuple = (None, None, None)
    statuses: list[str] = field(default_factory=list)
    dated: list[tuple[str, int]] = field(default_factory=list)  # own dates and how many reports give each
    undated_published: list[str] = field(default_factory=list)  # publication days of the undated reports
    places: list[PlaceRef] = field(default_factory=list)  # the distinct places the reports give


@dataclass
class ClaimRecord:
    """A claim: an assertion by one source, once however many articles repeat it."""

    id: int
    article_id: str
    statement_id: str
    text: str
    claimant_entity_id: Optional[int] = None
    claimant: Optional[str] = None
    claimant_key: Optional[str] = None
    event_merged_id: Optional[int] = None
    status: str = "claimed"
    published: Optional[str] = None


@dataclass
class StatementRecord:
    """A stored statement, as claim linking compares it."""

    article_id: str
    local_id: str
    stance: str
    content: str
    source_entity_id: Optional[int] = None
    speaker: Optional[str] = None
    about: list[str] = field(default_factory=list)
    claim_id: Optional[int] = None
    published: Optional[str] = None


@dataclass
class ClaimLink:
    claim_id: int
    article_id: str
    statement_id: str
    stance: str  # confirm / deny / unverified / assert (a further report) / repeat (the claimant again)
    entity_id: Optional[int] = None
    speaker: Optional[str] = None


@dataclass
class Fingerprint:
    """What near-duplicate detection keeps of an article: MinHash values and their LSH bands."""

    article_id: str
    minhash: list[int] = field(default_factory=list)
    bands: list[str] = field(default_factory=list)
    n_shingles: int = 0
    published: Optional[str] = None
    outlet: Optional[str] = None
    duplicate_of: Optional[str] = None


# ----------------------------------------------------------------------------- the gazetteer index

class PlaceName(NamedTuple):
    """One name of one place in the gazetteer index, as a name look-up returns it."""

    place_id: int
    name: str
    name_es: Optional[str]
    lat: float
    lon: float
    country: Optional[str]
    admin1: Optional[str]  # admin1 code
    feature: str
    population: Optional[int]
    geonames_id: Optional[int]
    kind: int  # how the name matched: cronica.placekeys.KIND_*


class Admin1Point(NamedTuple):
    """A first-level division of a country: its name when known and the centroid of its places."""

    country: str
    code: str
    name: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
