"""Print pip constraints pinning each runtime dependency to the lowest version pyproject.toml
allows.

Every runtime dependency must declare a floor (``name>=X``); one without is an error, since a
floor that is not declared cannot be tested.
"""

import re
import sys
import tomllib
from pathlib import Path

FLOOR = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*>=\s*([0-9][0-9A-Za-z.]*)\s*(?:,.*)?$")


def main() -> int:
    project = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))["project"]
    missing = []
    for requirement in project["dependencies"]:
        match = FLOOR.match(requirement)
        if match is None:
            missing.append(requirement)
        else:
            print(f"{match[1]}=={match[2]}")
    if missing:
        print("no declared floor (name>=version): " + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
