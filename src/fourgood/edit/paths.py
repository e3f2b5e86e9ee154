"""Where each kind of data file is written in a data set (as ``read.layout`` finds them) and
the header a new file starts with: the line that points editors at its schema and a comment
saying what the file holds, in English and Vietnamese."""

from __future__ import annotations

ORGANISATION = "organisation.yaml"


def programme(year: int) -> str:
    """The programme of a year."""
    return f"programme/{year}.yaml"


def roster(cell: str) -> str:
    """A cell's roster."""
    return f"cells/{cell}/roster.yaml"


def meetings(cell: str, year: int) -> str:
    """A cell's meeting log of a year."""
    return f"cells/{cell}/meetings-{year}.yaml"


def record(cell: str, year: int) -> str:
    """A cell's annual record of a year."""
    return f"cells/{cell}/record-{year}.yaml"


_HEADERS = {
    "roster": (
        "# The party members of {name} ({cell}). A member stays on the roster after leaving:\n"
        "# record the transfer out. Danh sách đảng viên của {name}.\n"
    ),
    "meetings": (
        "# The meetings of {name} ({cell}) in {year}. Everyone on the roster who is not exempt\n"
        "# and not listed under absent was present. Sổ sinh hoạt chi bộ năm {year}.\n"
    ),
    "record": (
        "# The annual record of {name} ({cell}) for {year}: a fact left out is missing\n"
        "# evidence. Hồ sơ đánh giá chi bộ năm {year}.\n"
    ),
    "programme": (
        '# The cells building the "4 Good" model in {year}: selected, registered or continuing.\n'
        "# Chương trình xây dựng mô hình Chi bộ 4 tốt năm {year}.\n"
    ),
}
_SCHEMAS = {"roster": "../../schemas", "meetings": "../../schemas", "record": "../../schemas"}


def header(kind: str, *, cell: str = "", name: str = "", year: int = 0) -> str:
    """The first lines of a new file of this kind."""
    # the line ``models.json_schema.modeline`` writes, without importing every model for it
    line = f"# yaml-language-server: $schema={_SCHEMAS.get(kind, '../schemas')}/{kind}.schema.json"
    return line + "\n" + _HEADERS[kind].format(cell=cell, name=name or cell, year=year)
