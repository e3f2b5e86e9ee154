"""The catalogue of help: every text in English and Vietnamese, the Vietnamese not a copy of
the English where the words differ, keys of their area."""

from __future__ import annotations

from fourgood.i18n.catalog.help import CATALOG


def test_every_text_in_both_languages() -> None:
    assert len(CATALOG) > 5
    for key, (en, vi) in CATALOG.items():
        assert en.strip(), key
        assert vi.strip(), key
    translated = [k for k, (en, vi) in CATALOG.items() if en != vi]
    assert len(translated) > len(CATALOG) * 0.7


def test_every_command_has_its_help() -> None:
    from fourgood.cli import commands
    from fourgood.cli.registry import COMMANDS, GROUPS

    commands.load()

    for command in COMMANDS:
        assert command.help in CATALOG, command.name
    for group in GROUPS:
        assert group.help in CATALOG, group.name
