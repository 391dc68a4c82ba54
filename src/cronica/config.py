"""One validated settings object: defaults < file < ``CRONICA_*`` environment < arguments.

The file is ``$CRONICA_CONFIG`` or ``./cronica.toml`` when present, e.g.::

    db = "news.db"
    max_bytes = 5242880
    batch_size = 8

Unknown keys are rejected, so a typo never passes silently.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Optional

from .errors import UsageError


@dataclass(frozen=True)
class Settings:
    db: str = "cronica.db"  # SQLite path or postgresql:// URL
    max_bytes: int = 5 * 1024 * 1024  # largest article accepted, in bytes
    batch_size: int = 8  # articles per spaCy batch
    workers: int = 1  # extraction processes for `ingest`
    ner_model: Optional[str] = None  # path to a trained NER, "base" for es_core_news_sm's
    gazetteer: Optional[str] = None  # path of the gazetteer index
    contact_url: Optional[str] = None  # `cronica watch`: sent in the user agent, so sites can reach you
    fetch_timeout: int = 30  # `cronica watch`: seconds for one HTTP request
    fetch_retries: int = 3  # `cronica watch`: retries after a timeout, 429 or 5xx (backoff 1, 2, 4 s...)

    def validate(self) -> "Settings":
        if self.max_bytes < 1024:
            raise UsageError(f"max_bytes must be at least 1024, not {self.max_bytes}")
        if not 1 <= self.batch_size <= 1024:
            raise UsageError(f"batch_size must be 1..1024, not {self.batch_size}")
        if not 1 <= self.workers <= 256:
            raise UsageError(f"workers must be 1..256, not {self.workers}")
        if self.contact_url is not None and not re.fullmatch(r"(https?://[^\s/]+[^\s]*|mailto:[^\s@]+@[^\s@]+)",
                                                             self.contact_url):
            raise UsageError(f"contact_url must be an http(s):// or mailto: address, not {self.contact_url!r}")
        if not 1 <= self.fetch_timeout <= 600:
            raise UsageError(f"fetch_timeout must be 1..600 seconds, not {self.fetch_timeout}")
        if not 0 <= self.fetch_retries <= 10:
            raise UsageError(f"fetch_retries must be 0..10, not {self.fetch_retries}")
        return self

    @property
    def user_agent(self) -> str:
        """``cronica/VERSION``, with the contact URL when set (how polite crawlers identify)."""
        from . import __version__

        return f"cronica/{__version__}" + (f" (+{self.contact_url})" if self.contact_url else "")


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if "int" in str(kind):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise UsageError(f"setting {name} must be an integer, not {value!r}") from None
    return None if value in ("", None) else str(value)


def load_settings(path: Optional[str] = None, env: Optional[dict] = None, **overrides: Any) -> Settings:
    names = {f.name for f in fields(Settings)}
    s = Settings()
    env = os.environ if env is None else env
    cfg = path or env.get("CRONICA_CONFIG") or ("cronica.toml" if Path("cronica.toml").exists() else None)
    if cfg:
        try:
            data = tomllib.loads(Path(cfg).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise UsageError(f"cannot read settings file {cfg}: {e}") from e
        unknown = set(data) - names
        if unknown:
            raise UsageError(f"unknown settings in {cfg}: {', '.join(sorted(unknown))}; known: {', '.join(sorted(names))}")
        s = replace(s, **{k: _coerce(k, v) for k, v in data.items()})
    from_env = {n: _coerce(n, env[f"CRONICA_{n.upper()}"]) for n in names if f"CRONICA_{n.upper()}" in env}
    s = replace(s, **from_env)
    given = {k: _coerce(k, v) for k, v in overrides.items() if v is not None}
    unknown = set(given) - names
    if unknown:
        raise UsageError(f"unknown settings: {', '.join(sorted(unknown))}")
    return replace(s, **given).validate()
