"""CONTRIBUTING.md, "Where do I add an operation?": on a copy of the spec, an operation added to an
existing tag and one with a new tag appear on ``Client``, ``AsyncClient`` and ``with_raw_response``
after regenerating, with no hand edit, and send the request the spec describes.

The probe runs in a child interpreter whose ``dockercloud_api`` is the regenerated copy (first on
``PYTHONPATH``); ``dockercloud_client`` is the checked-out one, unchanged.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from ._regen import load_regen

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import asyncio, json, sys
import httpx
from dockercloud_client import AsyncClient, Client
from dockercloud_client.models import Service

seen = []

def answer(request):
    seen.append((request.method, request.url.path))
    return httpx.Response(200, json=json.loads(sys.argv[1]))

options = dict(rest_host="http://127.0.0.1:9", auth="Basic eDp5", environ={}, namespace="acme")
with Client(transport=httpx.MockTransport(answer), **options) as client:
    assert isinstance(client.services.health("abc"), Service)
    assert isinstance(client.gadgets.get("g1"), Service)
    assert client.with_raw_response.services.health("abc").status_code == 200
    assert client.services.get.__name__ == "get"  # the existing methods are still there

async def main():
    async with AsyncClient(transport=httpx.MockTransport(answer), **options) as client:
        assert isinstance(await client.services.health("abc"), Service)
        assert isinstance(await client.gadgets.get("g1"), Service)

asyncio.run(main())
print(json.dumps(seen))
"""


def added_operation(operation_id: str, tag: str) -> dict[str, Any]:
    """Step 1: an operation as CONTRIBUTING.md asks (operationId <tag>_<method>, namespace flag, responses)."""
    return {
        "operationId": operation_id,
        "tags": [tag],
        "summary": "An operation added by the test",
        "x-dockercloud-namespaced": True,
        "security": [{"basicAuth": []}],
        "responses": {
            "200": {
                "description": "The service.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Service"}}},
            },
            "404": {"$ref": "#/components/responses/NotFound"},
        },
    }


def test_an_operation_added_to_the_spec_appears_on_both_clients(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    uuid = {"name": "uuid", "in": "path", "required": True, "schema": {"type": "string"}}
    spec["paths"]["/api/app/v1/service/{uuid}/health/"] = {
        "parameters": [copy.deepcopy(uuid)],
        "get": added_operation("services_health", "services"),
    }
    spec["paths"]["/api/app/v1/gadget/{uuid}/"] = {
        "parameters": [copy.deepcopy(uuid)],
        "get": added_operation("gadgets_get", "gadgets"),
    }
    edited = tmp_path / "openapi.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False))
    # Step 2: `make generate` (here into a folder of its own).
    load_regen("regen_add_operation").generate(tmp_path / "site" / "dockercloud_api", spec_path=edited)

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(spec["components"]["examples"]["Service"]["value"])],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        '[["GET", "/api/app/v1/acme/service/abc/health/"], ["GET", "/api/app/v1/acme/gadget/g1/"], '
        '["GET", "/api/app/v1/acme/service/abc/health/"], ["GET", "/api/app/v1/acme/service/abc/health/"], '
        '["GET", "/api/app/v1/acme/gadget/g1/"]]'
    )
