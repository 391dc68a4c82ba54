"""Reading articles: text, HTML, JSON Lines, folders and RSS/Atom feeds -> :class:`~cronica.model.Source`.

Every reader yields either a ``Source`` or a ``Failed`` (never raises for bad input),
so a batch always goes on.
"""
from .readers import Failed, read_inputs, read_path, read_text_input, MAX_BYTES  # noqa: F401
from .lang import detect as detect_language  # noqa: F401
