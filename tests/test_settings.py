"""Settings: every one documented, read from the environment, overridden by the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterld.errors import InputError
from clusterld.settings import describe_settings, settings_from_env

from conftest import REPO


@pytest.mark.parametrize("name", [name for name, *_ in describe_settings()])
def test_setting_is_documented(name: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"| `{name}` | `CLUSTERLD_{name.upper()}` |" in readme


def test_environment_then_command_line() -> None:
    settings = settings_from_env({"CLUSTERLD_BASE": "http://example.org/", "CLUSTERLD_MAX_ROWS": "7"}, root=Path("/x"))
    assert settings.base == "http://example.org" and settings.max_rows == 7 and settings.root == Path("/x")
    assert settings_from_env({"CLUSTERLD_BASE": "http://a.org"}, base="http://b.org").base == "http://b.org"


def test_unreadable_environment_value_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        settings_from_env({"CLUSTERLD_MAX_ROWS": "many"})
    assert "CLUSTERLD_MAX_ROWS" in str(caught.value)
