"""Decision 3: the generated package is reproducible and a stale one is detected."""

from __future__ import annotations

import hashlib
from pathlib import Path

from dockercloud_api import _provenance

from ._regen import NEW_SUMMARY, OLD_SUMMARY, EditedPackage, load_regen

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


def test_editing_the_spec_without_regenerating_is_detected(edited_package: EditedPackage) -> None:
    # What `make check-generated` compares: the committed package against one generated from the spec.
    regen = load_regen()
    changed = regen.differences(regen.TARGET, edited_package.package)
    assert "_provenance.py" in changed
    assert "api/services/__init__.py" in changed  # the method docstring holds the summary
    services = (edited_package.package / "api" / "services" / "__init__.py").read_text()
    assert NEW_SUMMARY in services and OLD_SUMMARY not in services
    assert OLD_SUMMARY in (regen.TARGET / "api" / "services" / "__init__.py").read_text()
