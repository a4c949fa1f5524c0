"""Benchmark 1: decode a 1,000-object services list page into typed objects.

Candidates, all fed the same bytes:
* ``json.loads`` alone: the floor, no typing at all.
* ours: ``json.loads`` + ``dockercloud_api.models.ServiceList.from_dict`` (timestamps parsed to aware datetimes,
  enums, unknown fields kept).
* pydantic v2 and msgspec models generated from the same ``spec/openapi.yaml`` with datamodel-code-generator, as a
  user picking those libraries would. Neither parses RFC 1123 timestamps out of the box, so their models keep
  ``date-time`` fields as strings: they do less work than ours on every timestamp.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec
import yaml

from bench.timing import interleaved
from dockercloud_api.models import ServiceList

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"


def services_page(count: int = 1000) -> bytes:
    """A list page of ``count`` services shaped like the spec's documented Service example."""
    spec = yaml.safe_load(SPEC.read_text())
    template = spec["components"]["examples"]["Service"]["value"]
    objects = []
    for index in range(count):
        service: dict[str, Any] = copy.deepcopy(template)
        service["uuid"] = str(uuid.UUID(int=index))
        service["name"] = f"web-{index}"
        service["resource_uri"] = f"/api/app/v1/demo/service/{service['uuid']}/"
        objects.append(service)
    meta = {"limit": count, "offset": 0, "total_count": count, "next": None, "previous": None}
    return json.dumps({"meta": meta, "objects": objects}).encode()


def _codegen(out_dir: Path, model_type: str, name: str) -> ModuleType:
    target = out_dir / f"{name}.py"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "datamodel-codegen"),
            "--input", str(SPEC), "--input-file-type", "openapi",
            "--output-model-type", model_type, "--output", str(target),
            "--target-python-version", "3.11", "--type-mappings", "date-time=string",
            "--formatters", "builtin", "--disable-timestamp", "--strict-nullable",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    spec = importlib.util.spec_from_file_location(f"bench_{name}", target)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves forward references through sys.modules
    spec.loader.exec_module(module)
    return module


def run(work_dir: Path) -> list[dict[str, Any]]:
    """Measure and return the table rows."""
    page = services_page()
    pyd = _codegen(work_dir, "pydantic_v2.BaseModel", "pydantic_models")
    mss = _codegen(work_dir, "msgspec.Struct", "msgspec_models")
    pyd_list = pyd.ServiceList
    ms_decoder = msgspec.json.Decoder(mss.ServiceList)
    # Each candidate must really decode the page before it is timed.
    assert len(ServiceList.from_dict(json.loads(page)).objects) == 1000
    assert len(pyd_list.model_validate_json(page).objects) == 1000
    assert len(ms_decoder.decode(page).objects) == 1000
    times = interleaved(
        {
            "json.loads (floor)": lambda: json.loads(page),
            "dockercloud_api (ours)": lambda: ServiceList.from_dict(json.loads(page)),
            "pydantic v2 (datamodel-codegen)": lambda: pyd_list.model_validate_json(page),
            "msgspec (datamodel-codegen)": lambda: ms_decoder.decode(page),
        }
    )
    floor = times["json.loads (floor)"]
    ours, pydantic = times["dockercloud_api (ours)"], times["pydantic v2 (datamodel-codegen)"]
    rows = []
    for name, seconds in times.items():
        rows.append(
            {
                "benchmark": "1. decode 1,000 services",
                "candidate": name,
                "value": f"{seconds * 1000:.2f} ms",
                "ratio": f"{seconds / floor:.2f}x json.loads",
                "note": f"ours/pydantic = {ours / pydantic:.2f}" if name == "dockercloud_api (ours)" else "",
            }
        )
    return rows
