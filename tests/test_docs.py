"""The code blocks of docs/*.md marked ``<!-- runnable -->`` run, in order per page, against the emulator.

Every Python block of a page must say what it is: ``<!-- runnable -->`` (run here) or
``<!-- not run: <reason> -->``, so that a new example cannot silently go untested.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from dockercloud_client import Client

DOCS = Path(__file__).resolve().parents[1] / "docs"
# A Python block and the line before it (the marker, if any).
BLOCK = re.compile(r"^(?P<before>[^\n]*)\n```python\n(?P<code>.*?)^```", re.S | re.M)
RUNNABLE = "<!-- runnable -->"
NOT_RUN = re.compile(r"^<!-- not run: .+ -->$")


def blocks(page: Path) -> list[tuple[str, str]]:
    """(marker line, code) of every Python block of a page."""
    return [(m.group("before").strip(), m.group("code")) for m in BLOCK.finditer(page.read_text())]


PAGES = sorted(DOCS.glob("*.md"))


def test_every_python_block_is_marked() -> None:
    unmarked = [
        f"{page.name}: {code.splitlines()[0]}"
        for page in PAGES
        for marker, code in blocks(page)
        if marker != RUNNABLE and not NOT_RUN.match(marker)
    ]
    assert not unmarked
    assert sum(marker == RUNNABLE for page in PAGES for marker, _ in blocks(page)) >= 2


@pytest.mark.parametrize("page", [p for p in PAGES if any(m == RUNNABLE for m, _ in blocks(p))], ids=lambda p: p.name)
@pytest.mark.timeout(60)
def test_runnable_blocks_run(page: Path, dockercloud_client: Client) -> None:
    # `client` in porting.md, `c` in go-parity.md (as in its tables): the emulator's demo account.
    namespace: dict[str, Any] = {"__name__": f"docs.{page.stem}", "client": dockercloud_client, "c": dockercloud_client}
    for index, (marker, code) in enumerate(blocks(page), start=1):
        if marker == RUNNABLE:
            exec(compile(code, f"docs/{page.name} python block {index}", "exec"), namespace)
