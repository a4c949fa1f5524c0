"""The package generated once from the edited copy of the spec (``_regen.edited_spec``), shared by the
regeneration tests.

A generation costs some 5 s of CPU (openapi-python-client and ruff in child processes), so the edits
``test_regen.py`` needs (a changed summary: a stale ``generated/`` is detected) and those
``test_add_operation.py`` needs (two new operations reach both clients) are made to one copy of the
spec, generated once per session. The edits touch different places, so each test still sees its own.
"""

from __future__ import annotations

import pytest
import yaml

from ._regen import EditedPackage, edited_spec, load_regen


@pytest.fixture(scope="session")
def edited_package(tmp_path_factory: pytest.TempPathFactory) -> EditedPackage:
    """CONTRIBUTING.md step 2, `make generate`, on the edited spec (into a folder of its own)."""
    spec = edited_spec()
    folder = tmp_path_factory.mktemp("edited-spec")
    spec_path = folder / "openapi.yaml"
    spec_path.write_text(yaml.dump(spec, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False))
    site = folder / "site"
    load_regen("regen_edited").generate(site / "dockercloud_api", spec_path=spec_path)
    return EditedPackage(spec=spec, site=site, package=site / "dockercloud_api")
