"""Small subjects for the checks: an organisation, rosters and logs built from a few lines."""

from __future__ import annotations

from typing import Any

from fourgood.errors import Problem
from fourgood.i18n.lang import Lang
from fourgood.i18n.render import render
from fourgood.models.organisation import Organisation
from fourgood.models.roster import Roster
from fourgood.models.tree import OrgIndex

Said = tuple[str, str, tuple[str | int, ...]]


def said(problems: list[Problem], lang: Lang = "en") -> list[Said]:
    """(severity, message in words, place) of each problem, as a check reports them."""
    return [(p.severity.value, render(p.message, lang), p.where or ()) for p in problems]


def organisation(**changes: Any) -> Organisation:
    """A bloc with committee k (section s) and cells a (grassroots), b (in k), c (in s)."""
    data: dict[str, Any] = {
        "bloc": {"id": "bloc", "name": "Đảng ủy Khối"},
        "committees": [{"id": "k", "name": "Đảng bộ K"}],
        "sections": [{"id": "s", "name": "Đảng bộ bộ phận S", "parent": "k"}],
        "cells": [
            {"id": "a", "name": "Chi bộ A", "type": "agency", "parent": "bloc"},
            {"id": "b", "name": "Chi bộ B", "type": "public_service", "parent": "k"},
            {"id": "c", "name": "Chi bộ C", "type": "enterprise", "parent": "s"},
        ],
    }
    data.update(changes)
    return Organisation.model_validate(data)


def index(**changes: Any) -> OrgIndex:
    return OrgIndex.build(organisation(**changes))


def member(id: str, name: str = "Nguyễn Văn An", **fields: Any) -> dict[str, Any]:
    base = {"id": id, "name": name, "sex": "male", "born": "1980-01-01"}
    return {**base, "admitted": "2005-05-19", "full_member": "2006-05-19", **fields}


def roster(*members: dict[str, Any]) -> Roster:
    return Roster.model_validate({"members": list(members)})
