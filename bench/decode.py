"""Benchmark 1: decode a 1,000-service list page into typed objects, and decode + read every field.

Candidates, all fed the same bytes (a page of the spec's documented Service example, each object with its
own uuid, name and distinct timestamps):
* ``json.loads`` alone: the floor every ratio is against (no typing at all); ``orjson.loads`` alone too.
* ours: ``dockercloud_api.models.ServiceList.from_dict`` over ``orjson.loads`` (the parser the models'
  runtime uses): aware datetimes, enums keeping unknown values, unknown attributes kept. The page's services
  are lazy: each is filled on its first attribute access, so the read-all row is where their cost shows.
* pydantic v2 and msgspec models generated from the same ``spec/openapi.yaml`` with datamodel-code-generator,
  as a user picking those libraries would. pydantic parses the timestamps with the same function as ours
  (``parse_timestamp`` as a before-validator; it cannot parse RFC 1123 itself); msgspec cannot parse RFC
  1123 timestamps at all, so its models keep them as strings, and it drops unknown attributes: it does
  less work than the others.

"Read all" reads every attribute of every object once (``operator.attrgetter`` over each model's fields),
recursing into nested models and lists of them: the same reader for every candidate.
"""

from __future__ import annotations

import copy
import datetime
import importlib.util
import json
import subprocess
import sys
import uuid
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import msgspec
import yaml

from bench.timing import interleaved_cpu
from dockercloud_api._decoding import parse_json
from dockercloud_api.models import ServiceList
from dockercloud_api.types import format_timestamp

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
BENCHMARK = "1. decode 1,000 services"
START = datetime.datetime(2014, 10, 13, 11, 1, 43, tzinfo=datetime.UTC)


def services_page(count: int = 1000) -> bytes:
    """A list page of ``count`` services shaped like the spec's documented Service example.

    Each service has its own uuid, name and timestamps (one minute apart), so no per-value cache helps.
    """
    spec = yaml.safe_load(SPEC.read_text())
    template = spec["components"]["examples"]["Service"]["value"]
    objects = []
    for index in range(count):
        service: dict[str, Any] = copy.deepcopy(template)
        service["uuid"] = str(uuid.UUID(int=index))
        service["name"] = f"web-{index}"
        service["resource_uri"] = f"/api/app/v1/demo/service/{service['uuid']}/"
        service["deployed_datetime"] = format_timestamp(START + datetime.timedelta(minutes=index))
        service["started_datetime"] = format_timestamp(START + datetime.timedelta(minutes=index, seconds=7))
        objects.append(service)
    meta = {"limit": count, "offset": 0, "total_count": count, "next": None, "previous": None}
    return json.dumps({"meta": meta, "objects": objects}).encode()


# pydantic cannot parse RFC 1123 itself: its models get our parser as a before-validator (a fair comparison).
_PYDANTIC_TIMESTAMPS = """
import datetime as _dt
from typing import Annotated as _Annotated
from pydantic import BeforeValidator as _BeforeValidator
from dockercloud_api.types import parse_timestamp as _parse_timestamp
AwareDatetime = _Annotated[_dt.datetime, _BeforeValidator(_parse_timestamp)]
"""


def _codegen_spec(out_dir: Path) -> Path:
    """The spec as datamodel-code-generator should read it: RFC 1123 timestamps as ``format: date-time``.

    The spec marks them ``x-dockercloud-timestamp`` with the custom format ``rfc1123-date-time``;
    ``generator/regen.py`` hands them to openapi-python-client the same way (``timestamps_as_datetime``).
    """
    loader = importlib.util.spec_from_file_location("bench_regen", ROOT / "generator" / "regen.py")
    assert loader is not None and loader.loader is not None
    regen = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(regen)
    target = out_dir / "openapi.yaml"
    target.write_text(yaml.safe_dump(regen.timestamps_as_datetime(yaml.safe_load(SPEC.read_text())), sort_keys=False))
    return target


def _codegen(out_dir: Path, model_type: str, name: str, extra: list[str]) -> ModuleType:
    target = out_dir / f"{name}.py"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "datamodel-codegen"),
            "--input", str(_codegen_spec(out_dir)), "--input-file-type", "openapi",
            "--output-model-type", model_type, "--output", str(target),
            "--target-python-version", "3.11",
            "--formatters", "builtin", "--disable-timestamp", "--strict-nullable", *extra,
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    if model_type.startswith("pydantic"):
        source = target.read_text().replace("from pydantic import AwareDatetime, ", "from pydantic import ")
        head, sep, tail = source.partition("\n\n\n")
        target.write_text(head + "\n" + _PYDANTIC_TIMESTAMPS + sep + tail)
    spec = importlib.util.spec_from_file_location(f"bench_{name}", target)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves forward references through sys.modules
    spec.loader.exec_module(module)
    return module


def reader(field_names: Callable[[type], tuple[str, ...]]) -> Callable[[object], int]:
    """A function reading every field of a model once, recursing into nested models and lists of them.

    Args:
        field_names: a model class's field names; ``()`` for a type that is not a model.

    Returns:
        The reader; it returns how many values it read.
    """
    getters: dict[type, Callable[[object], tuple[Any, ...]] | None] = {}

    def getter(kind: type) -> Callable[[object], tuple[Any, ...]] | None:
        if kind not in getters:
            names = field_names(kind)
            getters[kind] = None if not names else attrgetter(*names) if len(names) > 1 else attrgetter(*names, *names)
        return getters[kind]

    def read(obj: object) -> int:
        get = getters[type(obj)] if type(obj) in getters else getter(type(obj))
        assert get is not None
        values = get(obj)
        count = len(values)
        for value in values:
            if type(value) is list:
                for item in value:
                    if (getters[type(item)] if type(item) in getters else getter(type(item))) is not None:
                        count += read(item)
            elif (getters[type(value)] if type(value) in getters else getter(type(value))) is not None:
                count += read(value)
        return count

    return read


def _attrs_fields(kind: type) -> tuple[str, ...]:
    return tuple(a.name for a in attrs.fields(kind) if not a.name.startswith("_")) if attrs.has(kind) else ()


def _pydantic_fields(kind: type) -> tuple[str, ...]:
    return tuple(getattr(kind, "model_fields", None) or ())


def _msgspec_fields(kind: type) -> tuple[str, ...]:
    return tuple(getattr(kind, "__struct_fields__", None) or ())


def run(work_dir: Path) -> list[dict[str, Any]]:
    """Measure and return the table rows."""
    page = services_page()
    pyd = _codegen(work_dir, "pydantic_v2.BaseModel", "pydantic_models", [])
    mss = _codegen(work_dir, "msgspec.Struct", "msgspec_models", ["--type-mappings", "date-time=string"])
    pyd_list = pyd.ServiceList
    ms_decoder = msgspec.json.Decoder(mss.ServiceList)
    read_ours, read_pydantic, read_msgspec = reader(_attrs_fields), reader(_pydantic_fields), reader(_msgspec_fields)
    # Each candidate must really decode the page, and each reader read the same number of values, before timing.
    ours = ServiceList.from_dict(parse_json(page))
    assert len(ours.objects) == 1000 and ours.objects[7].deployed_datetime == START + datetime.timedelta(minutes=7)
    assert pyd_list.model_validate_json(page).objects[7].deployed_datetime == ours.objects[7].deployed_datetime
    assert len(ms_decoder.decode(page).objects) == 1000
    counts = {
        "ours": read_ours(ServiceList.from_dict(parse_json(page))),
        "pydantic": read_pydantic(pyd_list.model_validate_json(page)),
        "msgspec": read_msgspec(ms_decoder.decode(page)),
    }
    candidates: dict[str, tuple[str, Callable[[], object]]] = {
        "json.loads (floor)": ("decode", lambda: json.loads(page)),
        "orjson.loads (parse_json)": ("decode", lambda: parse_json(page)),
        "dockercloud_api (ours)": ("decode", lambda: ServiceList.from_dict(parse_json(page))),
        "dockercloud_api (ours), read all": ("read", lambda: read_ours(ServiceList.from_dict(parse_json(page)))),
        "pydantic v2 (datamodel-codegen)": ("decode", lambda: pyd_list.model_validate_json(page)),
        "pydantic v2, read all": ("read", lambda: read_pydantic(pyd_list.model_validate_json(page))),
        "msgspec (datamodel-codegen)": ("decode", lambda: ms_decoder.decode(page)),
        "msgspec, read all": ("read", lambda: read_msgspec(ms_decoder.decode(page))),
    }
    times = interleaved_cpu({name: fn for name, (_, fn) in candidates.items()})
    floor = times["json.loads (floor)"][0]
    notes = {
        "dockercloud_api (ours)": "services filled on first access (target <= 1.0x)",
        "dockercloud_api (ours), read all": f"{counts['ours']:,} values read (target <= 2.0x)",
        "pydantic v2 (datamodel-codegen)": "same RFC 1123 parser as ours",
        "pydantic v2, read all": f"{counts['pydantic']:,} values read",
        "msgspec (datamodel-codegen)": "timestamps left as strings, unknown attributes dropped",
        "msgspec, read all": f"{counts['msgspec']:,} values read",
    }
    rows = []
    for name, (best, median) in times.items():
        note = notes.get(name, "")
        if name.startswith("dockercloud_api"):
            other = "pydantic v2 (datamodel-codegen)" if candidates[name][0] == "decode" else "pydantic v2, read all"
            note += f"; ours/pydantic = {best / times[other][0]:.2f}"
        rows.append(
            {
                "benchmark": BENCHMARK,
                "candidate": name,
                "value": f"{best * 1000:.2f} ms (median {median * 1000:.2f})",
                "ratio": f"{best / floor:.2f}x json.loads",
                "note": note,
            }
        )
    return rows


if __name__ == "__main__":  # python -m bench.decode: this benchmark alone
    import tempfile

    with tempfile.TemporaryDirectory(prefix="dockercloud-bench-") as tmp:
        for row in run(Path(tmp)):
            print(f"{row['candidate']:40} {row['value']:28} {row['ratio']:18} {row['note']}")
