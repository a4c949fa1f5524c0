"""CONTRIBUTING.md, "Where do I add an operation?": on a copy of the spec, an operation added to an
existing tag and one with a new tag appear on ``Client``, ``AsyncClient`` and ``with_raw_response``
after regenerating, with no hand edit, and send the request the spec describes.

The probe runs in a child interpreter whose ``dockercloud_api`` is the regenerated copy (first on
``PYTHONPATH``); ``dockercloud_client`` is the checked-out one, unchanged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ._regen import EditedPackage

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


def test_an_operation_added_to_the_spec_appears_on_both_clients(edited_package: EditedPackage) -> None:
    # Steps 1 and 2 (edit the spec, `make generate`) are the shared fixture's (conftest.py).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(edited_package.site), str(ROOT)])}
    service = edited_package.spec["components"]["examples"]["Service"]["value"]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(service)],
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
