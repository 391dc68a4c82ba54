"""The pages' language: Spanish first, English second, the standard gettext way.

Strings are written in English in the code (``_("Events")``, ``{% trans %}``, ``_('...')`` in
``static/app.js``) and translated in one catalog per language,
``locale/<lang>/LC_MESSAGES/messages.po`` (``pybabel extract -F babel.cfg`` then ``update``; see
``scripts/i18n.sh``). The catalogs are compiled in memory when first used, so no ``.mo`` file is
kept in the repository. Dates are formatted by Babel from the CLDR data (``15 feb 2023``).

The language of a request: ``?lang=`` (the switch in the header, which also sets a cookie), else
the cookie, else the browser's ``Accept-Language``, else Spanish.
"""
from __future__ import annotations

import io
import re
from contextvars import ContextVar
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Optional

from babel import Locale
from babel.dates import format_date, format_datetime, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from ..errors import UsageError

LOCALES = ("es", "en")
DEFAULT = "es"
COOKIE = "cronica_lang"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_current: ContextVar[str] = ContextVar("cronica_locale", default=DEFAULT)
_Q = re.compile(r"^\s*([A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


def N_(message: str) -> str:
    """Marks a string for extraction; translated later with :func:`gettext`."""
    return message


@lru_cache(maxsize=None)
def _catalog(locale: str):
    path = LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po"
    if not path.is_file():
        raise UsageError(f"no message catalog for {locale!r} at {path}")
    with path.open("rb") as f:
        return read_po(f, locale=locale)


@lru_cache(maxsize=None)
def translations(locale: str) -> Translations:
    buf = io.BytesIO()
    write_mo(buf, _catalog(locale))
    buf.seek(0)
    return Translations(buf)


@lru_cache(maxsize=None)
def js_catalog(locale: str) -> dict:
    """The translations of the strings of ``static/*.js``: msgid -> msgstr (or list of plural forms)."""
    out: dict = {}
    for m in _catalog(locale):
        if not m.id or not any(loc.endswith(".js") for loc, _ in m.locations):
            continue
        key = m.id[0] if isinstance(m.id, (tuple, list)) else m.id
        if isinstance(m.string, (tuple, list)):
            out[key] = [s or (m.id[min(i, 1)]) for i, s in enumerate(m.string)]
        else:
            out[key] = m.string or key
    return out


def set_locale(locale: str) -> None:
    _current.set(locale if locale in LOCALES else DEFAULT)


def current() -> str:
    return _current.get()


def gettext(message: str) -> str:
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current()).ngettext(singular, plural, n)


_ = gettext


def parse_accept_language(header: Optional[str]) -> list[str]:
    """Language tags of an Accept-Language header, most wanted first (q=0 dropped)."""
    tags = []
    for i, part in enumerate((header or "")[:500].split(",")):
        m = _Q.match(part)
        if not m:
            continue
        try:
            q = float(m.group(2)) if m.group(2) else 1.0
        except ValueError:
            continue
        if q > 0:
            tags.append((-q, i, m.group(1).replace("_", "-").lower()))
    return [t for _, _, t in sorted(tags)]


def negotiate(query: Optional[str], cookie: Optional[str], accept_language: Optional[str]) -> str:
    for choice in (query, cookie):
        if choice in LOCALES:
            return choice
    for tag in parse_accept_language(accept_language):
        base = tag.split("-")[0]
        if base in LOCALES:
            return base
    return DEFAULT


def use_request(request, lang: Optional[str] = None) -> str:
    """Sets (for gettext) and returns the language of a Starlette request: ``lang`` or its
    ``?lang=``, the cookie, Accept-Language, Spanish."""
    loc = negotiate(lang or request.query_params.get("lang"), request.cookies.get(COOKIE),
                    request.headers.get("accept-language"))
    set_locale(loc)
    return loc


# ------------------------------------------------------------------ dates and numbers
def format_day(value: Optional[str], locale: Optional[str] = None) -> str:
    """``2023-02-15`` -> ``15 feb 2023``; ``2023-02`` -> ``feb 2023``; ``2023`` -> ``2023``
    (in the request's language); anything else comes back as it was."""
    if not value:
        return ""
    loc = locale or current()
    try:
        parts = [int(p) for p in str(value)[:10].split("-")]
        if len(parts) == 3:
            return format_date(date(*parts), "medium", locale=loc)
        if len(parts) == 2:
            return format_skeleton("yMMM", date(parts[0], parts[1], 1), locale=loc)
        if len(parts) == 1 and len(str(value)) == 4:
            return str(parts[0])
    except (ValueError, TypeError):
        pass
    return str(value)


def format_moment(value: Optional[str], locale: Optional[str] = None) -> str:
    """An ISO timestamp (``2026-12-04T13:47:00Z``) as ``4 dic 2026, 13:47`` (UTC)."""
    if not value:
        return ""
    try:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return format_day(value, locale)
    return format_datetime(dt, "d MMM y, HH:mm", locale=locale or current())


def date_data(locale: str) -> dict:
    """What ``app.js`` needs to write dates as Babel does: CLDR month names and the medium pattern."""
    loc = Locale.parse(locale)
    months = loc.months["format"]["abbreviated"]
    return {"months": [months[i] for i in range(1, 13)], "pattern": loc.date_formats["medium"].pattern,
            "month_pattern": loc.datetime_skeletons["yMMM"].pattern}
