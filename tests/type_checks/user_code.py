"""The types the resource methods return, as a user's code relies on them (never run; mypy checks it)."""

from __future__ import annotations

from typing import assert_type

import httpx

from dockercloud_client import (
    AsyncClient,
    AsyncPaginator,
    AsyncStartedAction,
    Client,
    Paginator,
    RawResponse,
    StartedAction,
    models,
)
from dockercloud_client.models import Action


def progress(action: Action) -> None:
    print(action.state)


def sync(client: Client, flag: bool) -> None:
    services = client.services.list(limit=5, timeout=3.0, extra_headers={"X-Request-Id": "1"})
    assert_type(services, Paginator[models.ServiceList, models.Service])
    assert_type(services.first_page(), models.ServiceList)
    started = client.services.start("uuid", timeout=10)
    assert_type(started, StartedAction[models.Service])
    assert_type(started.action(), Action)
    assert_type(started.wait(60, on_progress=progress), models.Service)
    assert_type(client.services.start("uuid", wait=True, wait_timeout=60), models.Service)
    assert_type(client.services.start("uuid", wait=flag), StartedAction[models.Service] | models.Service)
    assert_type(client.triggers.call("uri", wait=flag), StartedAction[models.Action] | models.Action)
    assert_type(client.stacks.terminate("uuid", wait=True, on_progress=progress), models.Stack)
    assert_type(client.actions.wait("uuid", on_progress=progress), Action)
    assert_type(client.with_options(timeout=5, max_retries=0), Client)
    assert_type(client.with_namespace("org").services.get("uuid"), models.Service)
    raw = client.with_raw_response
    assert_type(raw.services.get("uuid", timeout=1), RawResponse[models.Service])
    assert_type(raw.services.start("uuid").parse(), models.Service)
    assert_type(raw.services.list(limit=1).parse(), models.ServiceList)
    assert_type(raw.triggers.delete("uuid", "trigger").parse(), None)
    assert_type(raw.services.get("uuid").headers, httpx.Headers)


async def asynchronous(client: AsyncClient, flag: bool) -> None:
    services = client.services.list()
    assert_type(services, AsyncPaginator[models.ServiceList, models.Service])
    assert_type(await services.first_page(), models.ServiceList)
    started = await client.services.start("uuid", extra_headers={"X-Request-Id": "1"})
    assert_type(started, AsyncStartedAction[models.Service])
    assert_type(await started.action(), Action)
    assert_type(await started.wait(on_progress=progress), models.Service)
    assert_type(await client.services.start("uuid", wait=flag), AsyncStartedAction[models.Service] | models.Service)
    assert_type(client.with_options(timeout=5), AsyncClient)
    assert_type(await client.with_raw_response.stacks.start("uuid"), RawResponse[models.Stack])
