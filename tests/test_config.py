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
