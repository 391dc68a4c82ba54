"""Typed records passed between layers (ingest -> nlp -> link -> store -> cli/server).

The JSON form of an :class:`Article` is the extraction record of
``shared/spec/article-v1.md`` (schema ``cronica.article/1``); ``to_dict`` and
``from_dict`` are the only places that know the field names of that contract.
Spans are ``(start, end)`` character offsets into ``Article.text``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional

SCHEMA = "cronica.article/1"

Span = tuple[int, int]

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
STANCES = ("assert", "deny", "confirm", "unverified", "warn", "urge", "ask")
EVENT_TYPES = (
    "attack", "clash", "interception", "territory_change",
    "aid", "mobilization", "diplomacy", "threat",
    "violence_against_civilians", "abduction",
)
STATUSES = ("asserted", "claimed", "confirmed", "disputed", "denied", "expected", "hypothetical")
PRECISIONS = ("day", "month", "year")
PUBLISHED_BASES = ("given", "extracted", "inferred")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _span(sp: Optional[Span]) -> Optional[list[int]]:
    return [int(sp[0]), int(sp[1])] if sp is not None else None


def _tup(sp: Any) -> Optional[Span]:
    return (int(sp[0]), int(sp[1])) if sp is not None else None


@dataclass
class Source:
    """One article as read by ingest, before any analysis."""

    text: str
    id: Optional[str] = None
    source: Optional[str] = None  # file path or URL as given
    outlet: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD
    published_basis: Optional[str] = None  # given / extracted / inferred
    warnings: list[str] = field(default_factory=list)
    is_html: bool = False  # the text was extracted from HTML (record must carry it)
    published_invalid: Optional[str] = None  # a given date that is no date: stays unknown, not inferred

    @property
    def text_sha256(self) -> str:
        return sha256_text(self.text)

    @property
    def article_id(self) -> str:
        """The input id when given, else derived from the text (same text, same id)."""
        return self.id or "a" + self.text_sha256[:16]


@dataclass
class Geo:
    lat: float
    lon: float
    country: Optional[str]
    admin1: Optional[str] = None
    geonames_id: Optional[int] = None
    feature: Optional[str] = None  # city, village, region, country, facility, ...
    confidence: Optional[float] = None

    def to_dict(self) -> dict[str, Any]:
        d = {
            "lat": round(float(self.lat), 5), "lon": round(float(self.lon), 5),
            "country": self.country, "admin1": self.admin1,
            "geonames_id": self.geonames_id, "feature": self.feature,
        }
        if self.confidence is not None:
            d["confidence"] = round(float(self.confidence), 3)
        return d

    @classmethod
    def from_dict(cls, d: Optional[dict[str, Any]]) -> Optional["Geo"]:
        if not d:
            return None
        return cls(
            lat=d["lat"], lon=d["lon"], country=d.get("country"), admin1=d.get("admin1"),
            geonames_id=d.get("geonames_id"), feature=d.get("feature"), confidence=d.get("confidence"),
        )


@dataclass
class Entity:
    id: str
    type: str  # PER ORG LOC MISC
    name: str  # canonical name
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    geo: Optional[Geo] = None
    # surface forms seen in this article (not part of the record; used for linking)
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "name": self.name,
            "mentions": [_span(m) for m in sorted(self.mentions)],
            "roles": list(self.roles),
            "geo": self.geo.to_dict() if self.geo else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entity":
        return cls(
            id=d["id"], type=d["type"], name=d["name"],
            mentions=[_tup(m) for m in d.get("mentions") or []],
            roles=list(d.get("roles") or []), geo=Geo.from_dict(d.get("geo")),
        )


@dataclass
class Statement:
    id: str
    content_span: Span
    stance: str = "assert"
    source: Optional[str] = None  # entity id
    source_span: Optional[Span] = None
    cue: Optional[str] = None
    cue_span: Optional[Span] = None
    direct: bool = False
    channel: Optional[str] = None
    about: list[str] = field(default_factory=list)  # event ids
    target: Optional[str] = None  # statement or event id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "source": self.source, "source_span": _span(self.source_span),
            "cue": self.cue, "cue_span": _span(self.cue_span),
            "content_span": _span(self.content_span), "direct": bool(self.direct),
            "channel": self.channel, "stance": self.stance,
            "about": list(self.about), "target": self.target,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Statement":
        return cls(
            id=d["id"], content_span=_tup(d["content_span"]), stance=d.get("stance") or "assert",
            source=d.get("source"), source_span=_tup(d.get("source_span")), cue=d.get("cue"),
            cue_span=_tup(d.get("cue_span")), direct=bool(d.get("direct")), channel=d.get("channel"),
            about=list(d.get("about") or []), target=d.get("target"),
        )


@dataclass
class EventDate:
    value: str  # YYYY-MM-DD / YYYY-MM / YYYY
    precision: str  # day / month / year
    basis: str  # explicit / relative / publication

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "basis": self.basis}

    @classmethod
    def from_dict(cls, d: Optional[dict[str, Any]]) -> Optional["EventDate"]:
        return cls(d["value"], d["precision"], d.get("basis") or "explicit") if d else None


@dataclass
class Event:
    id: str
    type: str
    trigger_span: Span
    status: str = "asserted"
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: Optional[str] = None
    date: Optional[EventDate] = None
    fatalities: Optional[int] = None
    injured: Optional[int] = None
    reported_by: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "trigger_span": _span(self.trigger_span),
            "actors": list(self.actors), "targets": list(self.targets), "place": self.place,
            "date": self.date.to_dict() if self.date else None,
            "fatalities": self.fatalities, "injured": self.injured,
            "status": self.status, "reported_by": list(self.reported_by),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(
            id=d["id"], type=d["type"], trigger_span=_tup(d["trigger_span"]),
            status=d.get("status") or "asserted", actors=list(d.get("actors") or []),
            targets=list(d.get("targets") or []), place=d.get("place"),
            date=EventDate.from_dict(d.get("date")), fatalities=d.get("fatalities"),
            injured=d.get("injured"), reported_by=list(d.get("reported_by") or []),
        )


@dataclass
class TimeExpr:
    span: Span
    text: str
    value: Optional[str]  # YYYY-MM-DD / YYYY-MM / YYYY or None
    precision: str  # day / month / year
    basis: str = "relative"  # explicit / relative (not in the record; used for event dates)

    def to_dict(self) -> dict[str, Any]:
        return {"span": _span(self.span), "text": self.text, "value": self.value, "precision": self.precision}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TimeExpr":
        return cls(span=_tup(d["span"]), text=d["text"], value=d.get("value"), precision=d.get("precision") or "day")


@dataclass
class Figure:
    span: Span
    text: str
    value: float | int
    unit: Optional[str] = None
    approx: bool = False
    bound: Optional[str] = None  # min / max / None

    def to_dict(self) -> dict[str, Any]:
        return {
            "span": _span(self.span), "text": self.text, "value": self.value, "unit": self.unit,
            "approx": bool(self.approx), "bound": self.bound,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Figure":
        return cls(span=_tup(d["span"]), text=d["text"], value=d["value"], unit=d.get("unit"),
                   approx=bool(d.get("approx")), bound=d.get("bound"))


@dataclass
class ArticleMeta:
    id: str
    source: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    published_basis: Optional[str] = None
    language: Optional[str] = None
    text_sha256: str = ""
    duplicate_of: Optional[str] = None  # an earlier stored article this one copies (set when stored)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "source": self.source, "outlet": self.outlet, "title": self.title,
            "url": self.url, "published": self.published, "published_basis": self.published_basis,
            "language": self.language, "text_sha256": self.text_sha256, "duplicate_of": self.duplicate_of,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ArticleMeta":
        return cls(**{k: d.get(k) for k in (
            "id", "source", "outlet", "title", "url", "published", "published_basis", "language", "text_sha256",
            "duplicate_of")})


@dataclass
class Article:
    """One extraction record."""

    meta: ArticleMeta
    text: str
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.meta.id

    def entity(self, eid: Optional[str]) -> Optional[Entity]:
        for e in self.entities:
            if e.id == eid:
                return e
        return None

    def to_dict(self, with_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"schema": SCHEMA, "article": self.meta.to_dict()}
        if with_text:
            d["text"] = self.text
        d["entities"] = [e.to_dict() for e in self.entities]
        d["statements"] = [s.to_dict() for s in self.statements]
        d["events"] = [v.to_dict() for v in self.events]
        d["times"] = [t.to_dict() for t in sorted(self.times, key=lambda t: t.span)]
        d["figures"] = [f.to_dict() for f in sorted(self.figures, key=lambda f: f.span)]
        d["warnings"] = list(self.warnings)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        return cls(
            meta=ArticleMeta.from_dict(d["article"]), text=d.get("text") or "",
            entities=[Entity.from_dict(x) for x in d.get("entities") or []],
            statements=[Statement.from_dict(x) for x in d.get("statements") or []],
            events=[Event.from_dict(x) for x in d.get("events") or []],
            times=[TimeExpr.from_dict(x) for x in d.get("times") or []],
            figures=[Figure.from_dict(x) for x in d.get("figures") or []],
            warnings=list(d.get("warnings") or []),
        )
