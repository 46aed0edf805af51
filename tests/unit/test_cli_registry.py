"""The command line loads only the chosen command's module, and still lists every command."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from gusp_desktop.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parents[2]


def _listed_commands(parser: argparse.ArgumentParser) -> dict[str, str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {choice.dest: choice.help or "" for choice in action._choices_actions}


def test_the_table_names_every_command_with_the_help_its_module_gives() -> None:
    complete = _listed_commands(build_parser())
    assert complete == {name: help_text for name, (_module, help_text) in COMMANDS.items()}


def test_help_lists_every_command_without_loading_them() -> None:
    listed = _listed_commands(build_parser(["--help"]))
    assert listed == {name: help_text for name, (_module, help_text) in COMMANDS.items()}


def test_a_command_loads_its_own_module_and_no_other_command_module() -> None:
    code = (
        "import sys\n"
        "from gusp_desktop.cli import parse_arguments\n"
        "args = parse_arguments(['--db', 'x.db', 'actions', 'list', '--format', 'json'])\n"
        "print(args.actions_command, args.format)\n"
        "print(sorted(n for n in sys.modules if n.endswith('_commands')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    chosen, loaded = result.stdout.strip().splitlines()
    assert chosen == "list json"
    assert loaded == "['gusp_desktop.cli.action_commands', 'gusp_desktop.cli.action_edit_commands']"


def test_a_command_whose_module_registers_several_commands_parses() -> None:
    args = build_parser(["minutes", "validate", "3"]).parse_args(["minutes", "validate", "3"])
    assert args.minutes_command == "validate"
    assert args.seance_id == 3
