"""Write the README's Python blocks and the package docstring's examples as modules for mypy.

Usage: ``python -m tests.type_checks.snippets OUT_DIR`` (``make typecheck`` does it, then passes
OUT_DIR to ``mypy --strict``). The docstring is read from the source, without importing the package.
"""

from __future__ import annotations

import ast
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
DOC_EXAMPLE = re.compile(r"::\n\n((?:(?: {4}.*)?\n)+)")


def readme_script() -> str:
    """Every ```python block of README.md, in order, as one module."""
    return "\n".join(README_BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")))


def docstring_script() -> str:
    """Every ``::`` example of dockercloud_client's package docstring, as one module."""
    source = (ROOT / "dockercloud_client" / "__init__.py").read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source), clean=False) or ""
    return "\n".join(textwrap.dedent(block) for block in DOC_EXAMPLE.findall(doc))


def main(out_dir: Path) -> None:
    readme, docstring = readme_script(), docstring_script()
    # An extraction that finds nothing would type-check trivially.
    if "client.services.start" not in readme or "started.action()" not in docstring:
        sys.exit("tests/type_checks/snippets.py: the README or the package docstring examples were not found")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "readme_snippets.py").write_text(readme, encoding="utf-8")
    (out_dir / "package_docstring.py").write_text(docstring, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
