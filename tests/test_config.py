"""Settings: defaults < file < environment < arguments; unknown keys rejected."""
import pytest

from cronica.config import load_settings
from cronica.errors import UsageError


def test_layers_override_in_order(tmp_path):
    f = tmp_path / "c.toml"
    f.write_text('db = "file.db"\nbatch_size = 4\n')
    s = load_settings(str(f), env={"CRONICA_BATCH_SIZE": "16"})
    assert s.db == "file.db" and s.batch_size == 16
    assert load_settings(str(f), env={}, db="arg.db").db == "arg.db"


def test_unknown_and_invalid_settings_are_rejected(tmp_path):
    f = tmp_path / "c.toml"
    f.write_text('dbb = "typo.db"\n')
    with pytest.raises(UsageError, match="unknown settings"):
        load_settings(str(f), env={})
    with pytest.raises(UsageError, match="integer"):
        load_settings(env={"CRONICA_WORKERS": "many"})
    with pytest.raises(UsageError, match="batch_size"):
        load_settings(env={}, batch_size=0)


def test_contact_url_goes_into_the_user_agent():
    from cronica import __version__

    s = load_settings(env={"CRONICA_CONTACT_URL": "https://example.org/contacto"})
    assert s.user_agent == f"cronica/{__version__} (+https://example.org/contacto)"
    assert load_settings(env={}).user_agent == f"cronica/{__version__}"
    assert load_settings(env={}, contact_url="mailto:redaccion@example.org").contact_url == "mailto:redaccion@example.org"
    for bad in ("example.org", "ftp://example.org", "https://", "mailto:nadie"):
        with pytest.raises(UsageError, match="contact_url"):
            load_settings(env={"CRONICA_CONTACT_URL": bad})
    with pytest.raises(UsageError, match="fetch_timeout"):
        load_settings(env={"CRONICA_FETCH_TIMEOUT": "0"})
    with pytest.raises(UsageError, match="fetch_retries"):
        load_settings(env={}, fetch_retries=99)
