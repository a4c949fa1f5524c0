"""Regenerate ``generated/dockercloud_api`` from ``spec/openapi.yaml``.

Usage::

    python generator/regen.py              # rewrite generated/dockercloud_api
    python generator/regen.py --check      # regenerate into a temporary folder, fail on any difference

    python generator/regen.py --record-upstream   # after reviewing a generator upgrade (CONTRIBUTING.md)

Steps: check that the generator's own templates are the ones the overrides were written against
(``generator/upstream-templates.sha256``); build the template folder: the generator's templates
patched by ``generator/patches/*.patch`` (exact, fail loudly when a hunk no longer applies) plus
the templates of ``generator/templates/``; run openapi-python-client (the version pinned in
pyproject.toml, in this process: ``generator_project``) with ``generator/config.yaml``, the resource-class
template reading only what ``generator/resource_groups.py`` gives it; drop the generator outputs the client does not use
(``UNUSED_OUTPUTS``); add ``operations.py`` (a table of every operation's method, path and
``x-dockercloud-*`` facts, read from the spec, and of every stream channel of ``spec/streams.yaml``:
what the client and the emulator route by), ``inputs.py`` (each operation's query parameters and body
schema, which the emulator checks requests against) and ``_provenance.py`` (spec sha256 and generator
version); copy the runtime modules of ``generator/runtime/`` (the Python the templates call: the models'
decoding, the seam's types and protocols);
stamp every file with a do-not-edit header. Also write ``spec/openapi.namespaced.yaml``,
the spec with the namespace as a path parameter, for other languages' generators
(``generator/namespaced_spec.py``).
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import attrs
import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import EndpointCollection

sys.path.insert(0, str(Path(__file__).resolve().parent))  # generator/'s modules, also when loaded by file path
from namespaced_spec import render as render_namespaced
from resource_groups import ResourceGroup, resource_group

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
STREAMS_SPEC = ROOT / "spec" / "streams.yaml"
#: The companion spec with ``{namespace}`` path parameters (generator/namespaced_spec.py).
NAMESPACED_SPEC = ROOT / "spec" / "openapi.namespaced.yaml"
TARGET = ROOT / "generated" / "dockercloud_api"
PACKAGE = "dockercloud_api"
GENERATOR = "openapi-python-client"
CONFIG = ROOT / "generator" / "config.yaml"
HEADER = "# Generated from spec/openapi.yaml by {gen} {ver}: do not edit, run `make generate`.\n"
#: The runtime (Python the templates call instead of holding it: decoding, the seam), copied into the package.
RUNTIME = ROOT / "generator" / "runtime"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
TEMPLATES = ROOT / "generator" / "templates"
PATCHES = ROOT / "generator" / "patches"
UPSTREAM_HASHES = ROOT / "generator" / "upstream-templates.sha256"
#: Built-in templates that ours import macros from (besides those they replace or patch).
UPSTREAM_IMPORTED = ("endpoint_macros.py.jinja", "helpers.jinja")
#: Files openapi-python-client always writes that the client never imports: the generated
#: ``UnexpectedStatus`` (dockercloud_client.errors maps every status before a body is parsed).
UNUSED_OUTPUTS = ("errors.py",)


class TemplateDriftError(RuntimeError):
    """The generator's built-in templates are not the ones the overrides were written against."""


def load_yaml(document: bytes) -> Any:
    """A YAML document as ``yaml.safe_load`` reads it, with libyaml's parser where PyYAML has it (~6x faster)."""
    return yaml.load(document, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def upstream_templates() -> Path:
    """The built-in template folder of the installed openapi-python-client."""
    import openapi_python_client

    return Path(openapi_python_client.__file__).resolve().parent / "templates"


def derived_templates() -> list[str]:
    """Built-in templates our templates replace, patch or import: a change in any needs a review."""
    upstream = upstream_templates()
    names = {p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.jinja")}
    names |= {p.name.removesuffix(".patch") for p in PATCHES.glob("*.patch")}
    names |= set(UPSTREAM_IMPORTED)
    return sorted(name for name in names if (upstream / name).is_file())


def upstream_hashes() -> str:
    """``sha256sum``-style lines for the derived built-in templates of the installed generator."""
    upstream = upstream_templates()
    return "".join(
        f"{hashlib.sha256((upstream / name).read_bytes()).hexdigest()}  {name}\n" for name in derived_templates()
    )


def check_upstream() -> None:
    """Raise unless the installed generator's templates are those recorded in ``UPSTREAM_HASHES``."""
    recorded = UPSTREAM_HASHES.read_text() if UPSTREAM_HASHES.exists() else ""
    if recorded != upstream_hashes():
        raise TemplateDriftError(
            f"openapi-python-client {version(GENERATOR)}'s templates differ from {UPSTREAM_HASHES.name}: "
            "review them against generator/templates and generator/patches, then run "
            "`python generator/regen.py --record-upstream` (CONTRIBUTING.md, 'Upgrading the generator')"
        )


class PatchError(RuntimeError):
    """A template patch no longer applies to the generator's built-in template."""


def apply_patch(original: str, patch: str, name: str) -> str:
    """Apply a unified diff to ``original`` exactly: every hunk at its line, context and all, or raise.

    Lines before the ``---`` header are the patch's comment (why it exists). No fuzz, no offsets:
    a patch that does not apply means the upstream template changed and the delta needs a review.
    """
    lines = original.splitlines(keepends=True)
    body = patch.splitlines(keepends=True)
    start = next((i for i, line in enumerate(body) if line.startswith("--- ")), None)
    if start is None or not body[start + 1].startswith("+++ "):
        raise PatchError(f"{name}: not a unified diff")
    out: list[str] = []
    position = 0  # next unread line of ``original``
    index = start + 2
    while index < len(body):
        header = re.match(r"@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@", body[index])
        if header is None:
            raise PatchError(f"{name}: expected a hunk header, got {body[index]!r}")
        first = int(header.group(1)) - (0 if header.group(2) == "0" else 1)
        index += 1
        old: list[str] = []
        new: list[str] = []
        while index < len(body) and not body[index].startswith("@@"):
            line = body[index]
            index += 1
            if line.startswith("\\"):  # "\ No newline at end of file"
                for side in (old, new):
                    if side and side[-1].endswith("\n"):
                        side[-1] = side[-1][:-1]
                continue
            kind, text = line[:1], line[1:]
            if kind in (" ", "-"):
                old.append(text)
            if kind in (" ", "+"):
                new.append(text)
        if first < position or lines[first : first + len(old)] != old:
            raise PatchError(f"{name}: the hunk at line {first + 1} no longer matches the built-in template")
        out.extend(lines[position:first])
        out.extend(new)
        position = first + len(old)
    out.extend(lines[position:])
    return "".join(out)


def build_templates(target: Path) -> None:
    """Write the template folder the generator runs with: patched built-ins plus our own templates."""
    upstream = upstream_templates()
    shutil.copytree(TEMPLATES, target)
    for patch in sorted(PATCHES.glob("*.patch")):
        name = patch.name.removesuffix(".patch")
        if (target / name).exists():
            raise PatchError(f"{name} is both patched and overridden: keep one")
        (target / name).write_text(apply_patch((upstream / name).read_text(), patch.read_text(), name))


def client_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec without the operations marked ``x-dockercloud-client: false``.

    Those are served by the emulator for the official SDKs but deliberately not offered to users
    (each one's description says why), so the generator does not see them; ``operations.py`` lists
    them apart (``SERVER_ONLY_OPERATIONS``), for the emulator.
    """
    paths: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        kept = {
            key: value
            for key, value in item.items()
            if key not in HTTP_METHODS or value.get("x-dockercloud-client", True)
        }
        if any(method in kept for method in HTTP_METHODS):
            paths[path] = kept
    return {**spec, "paths": paths}


def timestamps_as_datetime(node: Any) -> Any:
    """A copy of ``node`` where every ``x-dockercloud-timestamp`` schema says ``format: date-time``.

    The spec declares RFC 1123 timestamps with the custom format ``rfc1123-date-time`` (RFC 3339's
    ``date-time`` would make other ecosystems' validators reject the wire form); openapi-python-client
    only makes a datetime property of ``date-time``, and its property template parses both forms.
    """
    if isinstance(node, dict):
        copy = {key: timestamps_as_datetime(value) for key, value in node.items()}
        if "x-dockercloud-timestamp" in copy:
            copy["format"] = "date-time"
        return copy
    if isinstance(node, list):
        return [timestamps_as_datetime(value) for value in node]
    return node


def operation_table(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per operation, in spec order, with the facts the handwritten client needs."""
    rows = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            responses = {str(code) for code in op.get("responses", {})}
            parameters = [_resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]
            success = sorted(code for code in responses if code.startswith("2"))
            rows.append(
                {
                    "operation_id": op["operationId"],
                    "tag": op["tags"][0],
                    "method": method.upper(),
                    "path": path,
                    "namespaced": bool(op["x-dockercloud-namespaced"]),
                    "starts_action": "202" in responses,
                    "paginated": op["operationId"].endswith("_list"),
                    "authenticated": op.get("security", spec.get("security")) != [],
                    "success_status": int(success[0]),
                    "composite": tuple(
                        p["name"] for p in parameters if p.get("in") == "path" and p.get("x-dockercloud-composite")
                    ),
                    "page_limits": _page_limits(parameters),
                }
            )
    return rows


def _page_limits(parameters: list[dict[str, Any]]) -> tuple[int, int] | None:
    """The ``limit`` query parameter's documented default and maximum page size, if it has both."""
    for parameter in parameters:
        schema = parameter.get("schema", {})
        if parameter.get("in") == "query" and parameter["name"] == "limit" and "maximum" in schema:
            return int(schema["default"]), int(schema["maximum"])
    return None


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A parameter object, following a local ``$ref``."""
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return node
    target: Any = spec
    for key in ref.removeprefix("#/").split("/"):
        target = target[key]
    return dict(target)


def stream_table(streams: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per channel of ``spec/streams.yaml``, named by its ``subscribe`` operationId."""
    return [
        {
            "operation_id": channel["subscribe"]["operationId"],
            "path": path,
            "namespaced": bool(channel["x-dockercloud-namespaced"]),
            "legacy_paths": tuple(channel.get("x-dockercloud-legacy-paths", ())),
        }
        for path, channel in streams["channels"].items()
    ]


#: What the emulator's request checks read of a schema (descriptions, examples and defaults are left out).
_INPUT_KEYS = frozenset(
    {"type", "properties", "required", "items", "enum", "nullable", "minimum", "maximum", "minLength", "maxItems"}
    | {"format", "additionalProperties", "x-dockercloud-timestamp"}
)


def _input_schema(spec: dict[str, Any], node: Any) -> Any:
    """``node`` with local references and one-element ``allOf`` wrappers inlined; a referenced object
    schema keeps its component name as ``x-dockercloud-schema`` (the emulator's own rules name it)."""
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        resolved = _input_schema(spec, _resolve(spec, node))
        return {**resolved, "x-dockercloud-schema": name} if resolved.get("type") == "object" else resolved
    merged = {key: value for key, value in node.items() if key in _INPUT_KEYS | {"allOf"}}
    for part in merged.pop("allOf", []):
        merged = {**_input_schema(spec, part), **merged}
    out: dict[str, Any] = {}
    for key, value in merged.items():
        if key == "properties":
            out[key] = {name: _input_schema(spec, prop) for name, prop in value.items()}
        elif key in ("items", "additionalProperties"):
            out[key] = _input_schema(spec, value)
        else:
            out[key] = value
    return out


def render_inputs(spec: dict[str, Any]) -> str:
    """``inputs.py``: each operation's query parameters and JSON body schema, for the emulator's checks."""
    queries: dict[str, dict[str, Any]] = {}
    bodies: dict[str, Any] = {}
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            parameters = [_resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]
            queries[op["operationId"]] = {
                p["name"]: _input_schema(spec, p.get("schema", {})) for p in parameters if p["in"] == "query"
            }
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None:
                bodies[op["operationId"]] = _input_schema(spec, body["schema"])
    return (
        '"""What each REST operation of the spec accepts: its query parameters and its JSON body schema.\n\n'
        "Read from ``spec/openapi.yaml`` (every operation, also those only the emulator serves), with references\n"
        'inlined; the emulator checks requests with them (``dockercloud_emulator.validation``)."""\n\n'
        "from collections.abc import Mapping\n"
        "from typing import Any\n\n"
        f"QUERY_PARAMETERS: Mapping[str, Mapping[str, Any]] = {queries!r}\n\n"
        f"REQUEST_BODIES: Mapping[str, Any] = {bodies!r}\n"
    )


def render_operations(
    rows: list[dict[str, Any]], server_only: list[dict[str, Any]], streams: list[dict[str, Any]]
) -> str:
    """``operations.py``: the client's operations (``rows``), those only the emulator serves, the streams."""
    lines = [
        '"""Every REST operation and stream channel of the spec: what the client and the emulator route by."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from dataclasses import dataclass",
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class OperationInfo:",
        '    """Facts about one operation, read from ``spec/openapi.yaml``.',
        "",
        "    Attributes:",
        "        operation_id: the spec's operationId, ``<tag>_<method>``.",
        "        tag: the resource group.",
        "        method: the HTTP method, upper case.",
        "        path: the path template, without the namespace segment.",
        "        namespaced: ``x-dockercloud-namespaced``: a namespace goes right after ``/v1/``.",
        "        starts_action: the operation answers 202 with ``X-DockerCloud-Action-URI``.",
        "        paginated: the operation answers the ``{meta, objects}`` list envelope.",
        "        authenticated: the operation needs the ``Authorization`` header.",
        "        success_status: the documented success status code.",
        "        composite: path parameters whose value holds ``/`` between its parts",
        "            (``x-dockercloud-composite``, e.g. a repository's ``registry.local/user/image``).",
        "        page_limits: the ``limit`` parameter's default and maximum page size (list operations).",
        '    """',
        "",
        "    operation_id: str",
        "    tag: str",
        "    method: str",
        "    path: str",
        "    namespaced: bool",
        "    starts_action: bool",
        "    paginated: bool",
        "    authenticated: bool",
        "    success_status: int",
        "    composite: tuple[str, ...] = ()",
        "    page_limits: tuple[int, int] | None = None",
        "",
        "",
        "OPERATIONS: Mapping[str, OperationInfo] = {",
        *_entries(rows),
        "}",
        "",
        "#: Operations the emulator serves for the official SDKs that the typed client leaves out",
        "#: (``x-dockercloud-client: false``; the spec says why for each).",
        "SERVER_ONLY_OPERATIONS: Mapping[str, OperationInfo] = {",
        *_entries(server_only),
        "}",
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class StreamInfo:",
        '    """Facts about one channel of the Stream API, read from ``spec/streams.yaml``.',
        "",
        "    Attributes:",
        "        operation_id: the channel's ``subscribe`` operationId.",
        "        path: the path template, without the namespace segment.",
        "        namespaced: ``x-dockercloud-namespaced``: a namespace goes right after ``/v1/``.",
        "        legacy_paths: ``x-dockercloud-legacy-paths``: older aliases of ``path`` (namespaced as it is).",
        '    """',
        "",
        "    operation_id: str",
        "    path: str",
        "    namespaced: bool",
        "    legacy_paths: tuple[str, ...] = ()",
        "",
        "",
        "STREAMS: Mapping[str, StreamInfo] = {",
        *[
            f"    {row['operation_id']!r}: StreamInfo("
            + ", ".join(f"{key}={value!r}" for key, value in row.items() if key != "legacy_paths" or value)
            + "),"
            for row in streams
        ],
        "}",
    ]
    return "\n".join(lines) + "\n"


def _entries(rows: list[dict[str, Any]]) -> list[str]:
    # ``composite`` and ``page_limits`` are written only where they are not empty (their defaults).
    return [
        f"    {row['operation_id']!r}: OperationInfo("
        + ", ".join(
            f"{key}={value!r}" for key, value in row.items() if key not in ("composite", "page_limits") or value
        )
        + "),"
        for row in rows
    ]


class GenerationError(RuntimeError):
    """openapi-python-client reported an error or a warning (both stop the generation)."""


def run(cmd: list[str], cwd: Path, *, quiet: bool = False) -> None:
    """Run ``cmd`` in ``cwd``; raise on failure (with its output when ``quiet`` kept it)."""
    env = dict(os.environ)
    # The post hooks call ruff by name: it must be the pinned one from this interpreter's venv.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=quiet, text=True)
    if done.returncode:
        raise GenerationError(f"{shlex.join(cmd)} failed in {cwd}:\n{done.stdout or ''}{done.stderr or ''}")


def generator_project(spec: dict[str, Any], spec_path: Path, templates: Path, out_dir: Path) -> tuple[Project, Config]:
    """openapi-python-client's project for ``spec``, ready to build, and the config it was read with.

    The resource-class template gets the ``resource_group`` global (``generator/resource_groups.py``), the
    one place that reads the generator's parsed objects. The project runs no post hooks: ``run_generator``
    runs the config's, with the pinned ruff.

    Args:
        spec: the spec as the generator should read it.
        spec_path: where it came from (the generator records it as the document's source).
        templates: the template folder (``build_templates``).
        out_dir: where the package will be written (must not exist).
    """
    config = Config.from_sources(
        ConfigFile.load_from_path(path=CONFIG), MetaType.NONE, spec_path, "utf-8", overwrite=False, output_path=out_dir
    )
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(f"{openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=attrs.evolve(config, post_hooks=[]), custom_template_path=templates)
    macros = project.env.get_template("plain_values.jinja").module

    def group(collection: EndpointCollection) -> ResourceGroup:
        return resource_group(collection, macros)

    project.env.globals["resource_group"] = group
    return project, config


def run_generator(spec: dict[str, Any], spec_path: Path, templates: Path, out_dir: Path) -> None:
    """Run openapi-python-client in this process with ``config.yaml``, then its post hooks (ruff).

    In process, not through its command line, so that the template gets ``resource_group``
    (:func:`generator_project`). Warnings fail as errors do (the command line's ``--fail-on-warning``);
    the post hooks run with this interpreter's venv first on ``PATH``, so they are the pinned ones.
    Arguments as for :func:`generator_project`.
    """
    project, config = generator_project(spec, spec_path, templates, out_dir)
    errors = project.build()
    if errors:
        raise GenerationError("\n".join(f"{error.level.name} {error.header}: {error.detail}" for error in errors))
    for hook in config.post_hooks:
        run(shlex.split(hook), cwd=out_dir, quiet=True)


def generate(out_dir: Path, spec_path: Path | None = None) -> None:
    """Write the complete generated package into ``out_dir`` (which must not exist).

    Args:
        out_dir: where to write the package.
        spec_path: the spec to generate from (default ``SPEC``; tests pass an edited copy).
    """
    gen_version = version(GENERATOR)
    bin_dir = Path(sys.executable).parent
    check_upstream()
    spec_bytes = (spec_path or SPEC).read_bytes()
    full_spec = load_yaml(spec_bytes)
    spec = client_spec(full_spec)
    with tempfile.TemporaryDirectory(prefix="dockercloud-templates-") as tmp:
        templates = Path(tmp) / "templates"
        build_templates(templates)
        run_generator(timestamps_as_datetime(spec), spec_path or SPEC, templates, out_dir)
    shutil.rmtree(out_dir / ".ruff_cache", ignore_errors=True)
    for name in UNUSED_OUTPUTS:
        # Missing means the generator changed what it writes: review (CONTRIBUTING.md) rather than guess.
        (out_dir / name).unlink()
    for module in sorted(RUNTIME.glob("*.py")):  # what the templates call: plain Python, copied as it is
        shutil.copyfile(module, out_dir / module.name)
    client_rows = operation_table(spec)
    client_ids = {row["operation_id"] for row in client_rows}
    server_only = [row for row in operation_table(full_spec) if row["operation_id"] not in client_ids]
    streams = stream_table(load_yaml(STREAMS_SPEC.read_bytes()))
    (out_dir / "operations.py").write_text(render_operations(client_rows, server_only, streams))
    (out_dir / "inputs.py").write_text(render_inputs(full_spec))
    (out_dir / "_provenance.py").write_text(
        '"""Where this package came from; checked by ``make check-generated``."""\n\n'
        f'SPEC_SHA256 = "{hashlib.sha256(spec_bytes).hexdigest()}"\n'
        f'GENERATOR = "{GENERATOR}"\n'
        f'GENERATOR_VERSION = "{gen_version}"\n'
    )
    run([str(bin_dir / "ruff"), "format", ".", "--isolated", "--line-length", "120", "--quiet"], cwd=out_dir)
    shutil.rmtree(out_dir / ".ruff_cache", ignore_errors=True)
    header = HEADER.format(gen=GENERATOR, ver=gen_version)
    (out_dir / "py.typed").write_text(header)
    for path in sorted(out_dir.rglob("*.py")):
        path.write_text(header + path.read_text())


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ, or exist on one side only, between two trees."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    parser.add_argument(
        "--record-upstream", action="store_true", help="record the reviewed built-in templates' hashes, then exit"
    )
    args = parser.parse_args()
    if args.record_upstream:
        UPSTREAM_HASHES.write_text(upstream_hashes())
        print(f"wrote {UPSTREAM_HASHES.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory(prefix="dockercloud-regen-") as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh)
        if args.check:
            diff = differences(TARGET, fresh) if TARGET.exists() else ["<generated/dockercloud_api is missing>"]
            if not NAMESPACED_SPEC.exists() or NAMESPACED_SPEC.read_text() != render_namespaced(SPEC.read_text()):
                diff.append(f"<{NAMESPACED_SPEC.relative_to(ROOT)} is stale>")
            if diff:
                print("generated/dockercloud_api is stale; run `make generate`. Differences:", file=sys.stderr)
                for name in diff:
                    print(f"  {name}", file=sys.stderr)
                return 1
            print("generated/dockercloud_api matches spec/openapi.yaml and generator/")
            return 0
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(fresh, TARGET)
        NAMESPACED_SPEC.write_text(render_namespaced(SPEC.read_text()))
        print(f"wrote {TARGET.relative_to(ROOT)} and {NAMESPACED_SPEC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
