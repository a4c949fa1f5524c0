"""Decision 3: the generated package is reproducible and a stale one is detected."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dockercloud_api import _provenance

from ._regen import load_regen

ROOT = Path(__file__).resolve().parents[2]


def test_provenance_records_the_committed_spec() -> None:
    assert hashlib.sha256((ROOT / "spec" / "openapi.yaml").read_bytes()).hexdigest() == _provenance.SPEC_SHA256
    assert _provenance.GENERATOR == "openapi-python-client"
    assert _provenance.GENERATOR_VERSION == "0.29.1"


def test_every_generated_file_is_stamped() -> None:
    package = ROOT / "generated" / "dockercloud_api"
    files = sorted(package.rglob("*.py")) + [package / "py.typed"]
    assert len(files) > 50
    for path in files:
        first = path.read_text().splitlines()[0]
        assert first.startswith("# Generated from spec/openapi.yaml") and "make generate" in first, path


def test_editing_the_spec_without_regenerating_is_detected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regen = load_regen()
    original = (ROOT / "spec" / "openapi.yaml").read_text()
    edited = original.replace("summary: List all services", "summary: List every service", 1)
    assert edited != original
    spec = tmp_path / "openapi.yaml"
    spec.write_text(edited)
    monkeypatch.setattr(regen, "SPEC", spec)
    fresh = tmp_path / "out" / "dockercloud_api"
    regen.generate(fresh)
    changed = regen.differences(regen.TARGET, fresh)
    assert "_provenance.py" in changed
    assert "api/services/__init__.py" in changed  # the method docstring holds the summary
