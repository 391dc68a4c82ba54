"""What travels between a worker and the one writer: plain dicts, not objects.

An :class:`Article` goes as its extraction record (``Article.to_dict``) with the linking features
the worker computed for it (:class:`cronica.link.crossdoc.LinkFeatures`: the text's fingerprint), a :class:`Failed` as its source, error code and message; both come back unchanged on the
writer's side as a :class:`Ready` or a :class:`Failed`. Plain dicts pickle the same under every
engine (processes, Dask, Ray) and every Python build.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Optional, Union

from ..errors import CronicaError
from ..ingest import Failed
from ..link.crossdoc import LinkFeatures, features
from ..model import Article, Source


@dataclass
class Ready:
    """An extracted article with its linking features, ready for the writer."""

    article: Article
    features: Optional[LinkFeatures] = None


Result = Union[Ready, Article, Failed]


def _error_classes() -> dict[str, type]:
    out: dict[str, type] = {}
    todo = [CronicaError]
    while todo:
        cls = todo.pop()
        out.setdefault(cls.code, cls)
        todo.extend(cls.__subclasses__())
    return out


def pack(result: Result) -> dict[str, Any]:
    if isinstance(result, Failed):
        return {"failed": {"source": result.source, "code": result.error.code, "message": result.error.message,
                           "where": result.error.source, "content_sha256": result.content_sha256}}
    if isinstance(result, Ready):
        return {"article": result.article.to_dict(),
                "link": result.features.to_dict() if result.features is not None else None}
    return {"article": result.to_dict(), "link": features(result).to_dict()}


def unpack(d: dict[str, Any]) -> Result:
    if "article" in d:
        link = d.get("link")
        return Ready(Article.from_dict(d["article"]), LinkFeatures.from_dict(link) if link else None)
    f = d["failed"]
    cls = _error_classes().get(f["code"], CronicaError)
    err = CronicaError.__new__(cls)
    CronicaError.__init__(err, f["message"], source=f["where"])
    return Failed(f["source"], err, f["content_sha256"])


def extract_packed(sources: Iterable[Source]) -> list[dict[str, Any]]:
    """Run the extraction on one chunk in a worker (the pipeline is cached per process)."""
    from ..process import extract

    return [pack(r) for r in extract(sources)]


def warm() -> bool:
    """Load the pipeline and the gazetteer once in this worker process."""
    from ..nlp import pipeline as P
    from ..process import _geocoder

    P.load(P.DEFAULT_STAGES)
    _geocoder()
    return True
