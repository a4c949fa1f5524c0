"""Template overrides stay small, checked deltas over the generator's own templates (issue 16).

The upstream templates our templates replace, patch or import macros from are pinned by hash, so a
generator upgrade that changes one fails here (and in ``make generate``) until someone reviews it
(docs/architecture.md, "Template deltas and generator upgrades").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._regen import load_regen

ROOT = Path(__file__).resolve().parents[2]


regen = load_regen("regen_deltas")


def test_the_installed_generator_templates_are_the_reviewed_ones() -> None:
    recorded = (ROOT / "generator" / "upstream-templates.sha256").read_text()
    assert recorded == regen.upstream_hashes(), "the generator's templates changed: follow the upgrade procedure"
    names = [line.split("  ", 1)[1] for line in recorded.splitlines()]
    # Every patch target and the macros our templates import are covered.
    assert {"endpoint_module.py.jinja", "package_init.py.jinja", "endpoint_macros.py.jinja"} <= set(names)


def test_a_changed_upstream_template_is_detected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "templates"
    fake.mkdir()
    upstream = regen.upstream_templates()
    for name in regen.derived_templates():
        (fake / name).parent.mkdir(parents=True, exist_ok=True)
        (fake / name).write_bytes((upstream / name).read_bytes())
    (fake / "endpoint_macros.py.jinja").write_text((fake / "endpoint_macros.py.jinja").read_text() + "\n")
    monkeypatch.setattr(regen, "upstream_templates", lambda: fake)
    with pytest.raises(regen.TemplateDriftError, match="record-upstream"):
        regen.check_upstream()


def test_every_patch_applies_and_its_comment_says_why(tmp_path: Path) -> None:
    regen.build_templates(tmp_path / "templates")
    for patch in sorted((ROOT / "generator" / "patches").glob("*.patch")):
        assert patch.read_text().startswith("Why:"), patch.name
        built = (tmp_path / "templates" / patch.name.removesuffix(".patch")).read_text()
        assert built != (regen.upstream_templates() / patch.name.removesuffix(".patch")).read_text()


def test_a_patch_that_no_longer_applies_fails_loudly() -> None:
    name = "endpoint_module.py.jinja"
    original = (regen.upstream_templates() / name).read_text()
    patch = (ROOT / "generator" / "patches" / f"{name}.patch").read_text()
    # An upstream release that edits a line the patch removes (here: the sync_detailed call).
    changed = original.replace("client.get_httpx_client().request(", "client.get_httpx_client().send(", 1)
    assert changed != original
    with pytest.raises(regen.PatchError, match=name):
        regen.apply_patch(changed, patch, name)
    # A line added before a hunk moves it: also refused (no offsets, no fuzz).
    with pytest.raises(regen.PatchError):
        regen.apply_patch("# new first line\n" + original, patch, name)


def test_apply_patch_is_exact_on_a_small_example() -> None:
    original = "a\nb\nc\nd\n"
    patch = "Why: example\n--- a/t\n+++ b/t\n@@ -2,2 +2,2 @@\n b\n-c\n+C\n"
    assert regen.apply_patch(original, patch, "t") == "a\nb\nC\nd\n"


def test_the_resource_class_template_reads_only_what_regen_passes() -> None:
    """``endpoint_init.py.jinja`` hands the generator's collection to ``resource_group`` and reads nothing else of it.

    The generator's parsed objects are read in ``generator/resource_groups.py`` (typed, checked by mypy against
    the installed generator), so a generator upgrade that moves them fails there, not as a silently empty
    string in the template.
    """
    import jinja2
    import jinja2.meta
    from jinja2 import nodes

    source = (ROOT / "generator" / "templates" / "endpoint_init.py.jinja").read_text()
    tree = jinja2.Environment(extensions=["jinja2.ext.loopcontrols"]).parse(source)
    names = list(tree.find_all(nodes.Name))
    assigned = {name.name for name in names if name.ctx == "store"}  # Jinja counts a branch's `set` as undeclared
    assert jinja2.meta.find_undeclared_variables(tree) - assigned == {"resource_group", "endpoint_collection"}
    passed = [
        arg
        for call in tree.find_all(nodes.Call)
        if isinstance(call.node, nodes.Name) and call.node.name == "resource_group"
        for arg in call.args
    ]
    collection = [name for name in names if name.name == "endpoint_collection"]
    assert len(collection) == 1 and collection[0] in passed, "the template reads the generator's objects again"
    assert not list(tree.find_all(nodes.Import)) and not list(tree.find_all(nodes.FromImport)), (
        "macros that take the generator's objects are called in resource_groups.py, not in the template"
    )
