"""``generator/regen.py`` loaded as a module (it is a script, not part of a package)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_regen(name: str = "regen") -> ModuleType:
    """A fresh copy of ``generator/regen.py`` as a module called ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "generator" / "regen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
