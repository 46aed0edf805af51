"""The command line explains itself: every command, option and argument has a French help."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from gusp_desktop.cli import build_parser
from gusp_desktop.main import NO_DISPLAY_MESSAGE, main, missing_display


def _walk(parser: argparse.ArgumentParser, path: str = "") -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                command = f"{path} {name}".strip()
                assert helps.get(name), f"la commande « {command} » n'a pas d'aide"
                yield from _walk(sub, command)
            continue
        yield path, action


def test_every_option_and_argument_has_help() -> None:
    missing = [
        f"{path or 'gusp-desktop'} {'/'.join(action.option_strings) or action.dest}"
        for path, action in _walk(build_parser())
        if not action.help or action.help == argparse.SUPPRESS
    ]
    assert missing == []


def test_the_walk_sees_every_command_and_subcommand() -> None:
    paths = {path for path, _ in _walk(build_parser())}
    for expected in ("actions update", "minutes sign", "identity create", "connect add"):
        assert expected in paths


def test_metavariables_are_spelled_with_their_accents() -> None:
    metavars = {
        str(action.metavar) for _, action in _walk(build_parser()) if action.metavar is not None
    }
    assert not {m for m in metavars if "SEANCE" in m or "AUTORITE" in m}
    assert "SÉANCE" in metavars


def test_choices_are_listed_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["actions", "update", "--help"])
    out = capsys.readouterr().out
    assert "en_cours" in out and "abandonnee" in out


def test_top_level_help_says_which_command_opens_the_window(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Sans commande, gusp-desktop ouvre la fenêtre" in out
    assert "Aucune commande ne l'ouvre" in out


@pytest.mark.parametrize(
    ("platform", "environ", "missing"),
    [
        ("linux", {}, True),
        ("linux", {"DISPLAY": ":0"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, False),
        ("linux", {"QT_QPA_PLATFORM": "xcb"}, True),
        ("win32", {}, False),
        ("darwin", {}, False),
    ],
)
def test_missing_display_is_detected_before_qt(
    platform: str, environ: dict[str, str], missing: bool
) -> None:
    assert missing_display(platform, environ) is missing


def test_window_without_display_explains_in_french(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main([]) == 1
    err = capsys.readouterr().err
    assert err == NO_DISPLAY_MESSAGE
    assert "Aucun écran" in err and "gusp-desktop --help" in err
