"""Names shown for the record's codes (event types, statuses, stances, entity types) and the
colour of each event type: one place for the pages, the map and the downloads.

The labels are English msgids translated by the catalogs (:mod:`cronica.web.i18n`); colours
keep white text readable (contrast >= 4.5:1, WCAG AA).
"""
from __future__ import annotations

from ..model import EVENT_TYPES
from .i18n import N_, gettext

# the spec's event types (shared/spec/article-v1.md), those of the model first; types the spec
# added later are shown and filtered even before the extraction writes them
SPEC_EVENT_TYPES = tuple(EVENT_TYPES) + tuple(
    t for t in ("violence_against_civilians", "abduction") if t not in EVENT_TYPES)

EVENT_TYPE_LABELS = {
    "attack": N_("attack"), "clash": N_("clash"), "interception": N_("interception"),
    "territory_change": N_("territory change"), "aid": N_("aid"), "mobilization": N_("mobilization"),
    "diplomacy": N_("diplomacy"), "threat": N_("threat"),
    "violence_against_civilians": N_("violence against civilians"), "abduction": N_("abduction"),
}
EVENT_COLORS = {
    "attack": "#b03a2e", "clash": "#a04000", "interception": "#1f618d", "territory_change": "#7d3c98",
    "aid": "#117864", "mobilization": "#7d6608", "diplomacy": "#1e8449", "threat": "#4d5656",
    "violence_against_civilians": "#a01a58", "abduction": "#6e2c00",
}
STATUS_LABELS = {
    "asserted": N_("asserted"), "claimed": N_("claimed"), "confirmed": N_("confirmed"),
    "disputed": N_("disputed"), "denied": N_("denied"), "expected": N_("expected"),
    "hypothetical": N_("hypothetical"), "unverified": N_("unverified"),
}
STANCE_LABELS = {
    "assert": N_("asserts"), "deny": N_("denies"), "confirm": N_("confirms"), "unverified": N_("could not verify"),
    "warn": N_("warns"), "urge": N_("urges"), "ask": N_("asks"), "claim": N_("claims"),
}
ENTITY_TYPE_LABELS = {"PER": N_("person"), "ORG": N_("organisation"), "LOC": N_("place"), "MISC": N_("other")}
# the claims board's status filter: one choice per status plus "contested" (disputed, denied or unverified)
CLAIM_STATUS_CHOICES = ("contested", "disputed", "denied", "unverified", "confirmed", "claimed")
CLAIM_STATUS_LABELS = {"contested": N_("contested (disputed, denied or unverified)")}


def _label(table: dict, code) -> str:
    msg = table.get(code or "")
    return gettext(msg) if msg else str(code or "")


def event_type(code) -> str:
    return _label(EVENT_TYPE_LABELS, code)


def status(code) -> str:
    return _label(CLAIM_STATUS_LABELS, code) if code in CLAIM_STATUS_LABELS else _label(STATUS_LABELS, code)


def stance(code) -> str:
    return _label(STANCE_LABELS, code)


def entity_type(code) -> str:
    return _label(ENTITY_TYPE_LABELS, code)


def type_css() -> str:
    """The colour rules for ``.ev-<type>`` (set once in the page head)."""
    return " ".join(f".ev-{t}{{--c:{c}}}" for t, c in EVENT_COLORS.items())
