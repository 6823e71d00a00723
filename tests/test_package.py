"""The public surface: `__all__` is honest and every CLI command documents itself."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

import chancery
from chancery.cli import main


def test_package_all_names_exist():
    for name in chancery.__all__:
        assert hasattr(chancery, name), name


def test_package_extract_is_the_pipeline_entry_point():
    from chancery.pipeline import extract

    assert chancery.extract is extract


def _commands():
    return sorted(main.commands)


@pytest.mark.parametrize("name", _commands())
def test_cli_every_command_has_help_text(name):
    command = main.commands[name]
    assert isinstance(command, click.Command)
    assert (command.help or "").strip(), f"chancery {name} has no help text"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_cli_has_the_commands_the_readme_promises():
    expected = {"extract", "ingest", "events", "show", "actors", "quotes", "eval", "explain"}
    assert expected <= set(main.commands)


def test_missing_extra_names_the_pip_command():
    from chancery.errors import MissingExtraError, require_extra

    with pytest.raises(MissingExtraError, match=r"pip install 'chancery\[web\]'"):
        require_extra("web", "a_module_that_is_not_installed")
