"""The whole cronica exception tree, in one place.

Every error carries a short code (``E1xx`` input, ``E2xx`` pipeline, ``E3xx`` store,
``E4xx`` usage/config) that a user can search for, and a one-line message.

    CronicaError
    ├── InputError            E1xx  an input that cannot be read as an article
    │   ├── EmptyInput        E101
    │   ├── BinaryInput       E102
    │   ├── EncodingError     E103
    │   ├── TooLarge          E104
    │   ├── MalformedInput    E105
    │   ├── NotSpanish        E106  (stored with a warning, not fatal by default)
    │   ├── FetchError        E107  network failure or an HTTP error status
    │   ├── RobotsForbidden   E108  robots.txt forbids the URL (or cannot be read)
    │   ├── NotAnArticle      E109  the page is not HTML (a PDF, an image, ...)
    │   └── FetchStopped      E110  a stop was asked while waiting to fetch
    ├── PipelineError         E2xx  the NLP pipeline failed on an article
    │   └── ResourceError     E201  a language resource file is missing or malformed
    ├── StoreError            E3xx  the database failed
    │   └── MissingExtra      E301  an optional dependency is not installed
    └── UsageError            E4xx  bad options or settings
"""
from __future__ import annotations


class CronicaError(Exception):
    code = "E000"

    def __init__(self, message: str, *, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message} [{self.code}]"


class InputError(CronicaError):
    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class TooLarge(InputError):
    code = "E104"


class MalformedInput(InputError):
    code = "E105"


class NotSpanish(InputError):
    code = "E106"


class FetchError(InputError):
    """``status``: the HTTP status when the server answered; ``retry_after``: seconds the server
    asked us to wait; ``transient``: worth trying again later (timeouts, 429, 5xx)."""

    code = "E107"

    def __init__(self, message: str, *, source: str | None = None, status: int | None = None,
                 retry_after: float | None = None, transient: bool = False):
        super().__init__(message, source=source)
        self.status = status
        self.retry_after = retry_after
        self.transient = transient


class RobotsForbidden(InputError):
    code = "E108"


class NotAnArticle(InputError):
    code = "E109"


class FetchStopped(InputError):
    code = "E110"


class PipelineError(CronicaError):
    code = "E200"


class ResourceError(PipelineError):
    code = "E201"


class StoreError(CronicaError):
    code = "E300"


class MissingExtra(StoreError):
    code = "E301"

    def __init__(self, what: str, extra: str):
        super().__init__(f"{what} needs the optional dependency; install it with: .venv/bin/pip install -e '.[{extra}]'")


class UsageError(CronicaError):
    code = "E400"
