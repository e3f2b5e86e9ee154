"""The floors fourgood's timings are compared with, each run as a process of its own.

    python benchmarks/floors.py yaml DIR         # parse every YAML file with libyaml (CSafeLoader)
    python benchmarks/floors.py to-json DIR OUT  # write the same data as JSON files (untimed)
    python benchmarks/floors.py json OUT         # load the JSON with orjson, validate with pydantic

The JSON floor is what a loader that did no YAML at all would cost: the same files, the same
models, orjson's parser. fourgood's warm (cached) runs are measured against it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def _kind(path: Path) -> str:
    if path.name.startswith("organisation."):
        return "organisation"
    if path.parent.name == "programme":
        return "programme"
    if path.name.startswith("roster."):
        return "roster"
    return "meetings" if path.name.startswith("meetings-") else "record"


def parse_yaml(root: Path) -> int:
    """Parse every file with the fastest C YAML loader there is (PyYAML's CSafeLoader)."""
    import yaml

    count = 0
    for path in sorted(root.rglob("*.yaml")):
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
        count += 1
    return count


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def to_json(root: Path, out: Path) -> int:
    """Write every YAML file of a data set as a JSON file with the same name and place."""
    import orjson

    from fourgood.read.yamlio import read_document

    count = 0
    for path in sorted(root.rglob("*.yaml")):
        target = out / path.relative_to(root).with_suffix(".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(orjson.dumps(_plain(read_document(path.read_bytes()).data)))
        count += 1
    return count


def load_json(out: Path) -> int:
    """Load every JSON file with orjson and validate it with fourgood's models."""
    import orjson

    from fourgood.models.json_schema import KINDS

    count = 0
    for path in sorted(out.rglob("*.json")):
        model = KINDS[_kind(path)][0]
        # JSON keys are text: year keys need lax mode; everything else validates as usual
        model.model_validate(orjson.loads(path.read_bytes()), strict=False)
        count += 1
    return count


def main(argv: list[str]) -> int:
    """Dispatch on the first argument."""
    if argv[:1] == ["yaml"] and len(argv) == 2:
        print(parse_yaml(Path(argv[1])))
    elif argv[:1] == ["to-json"] and len(argv) == 3:
        print(to_json(Path(argv[1]), Path(argv[2])))
    elif argv[:1] == ["json"] and len(argv) == 2:
        print(load_json(Path(argv[1])))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
