"""The seam's runtime types (generator/runtime/_seam.py) on their own, with fake trackers and fetchers.

The client tests exercise them over HTTP; these pin the rules that do not depend on a transport: the
page bound, what ``wait()`` answers when there is nothing to refresh, and that ``parse()`` parses anew.
"""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest

from dockercloud_api import _seam
from dockercloud_api.api import AsyncStartedAction, Paginator, RawResponse, StartedAction
from dockercloud_api.models.action import Action

pytestmark = pytest.mark.anyio

ACTION = Action.from_dict({"uuid": "a1", "resource_uri": "/api/audit/v1/action/a1/", "state": "Success"})


class Tracker:
    """A fake ``ActionTracker`` recording what the started action asks for."""

    def __init__(self, refreshed: object) -> None:
        self.refreshed = refreshed
        self.calls: list[tuple[Any, ...]] = []

    def require_action_uri(self, uri: str | None, operation_id: str) -> str:
        if uri is None:
            raise LookupError(operation_id)
        return uri

    def fetch_action(self, uri: str) -> Action:
        self.calls.append(("fetch", uri))
        return ACTION

    def wait_action(self, uri: str, timeout: float | None, on_progress: object) -> Action:
        self.calls.append(("wait", uri, timeout))
        return ACTION

    def refresh(self, uri: str, from_dict: object, operation_id: str) -> Any:
        self.calls.append(("refresh", uri, operation_id))
        return self.refreshed


class AsyncTracker(Tracker):
    async def fetch_action(self, uri: str) -> Action:  # type: ignore[override]
        return super().fetch_action(uri)

    async def wait_action(self, uri: str, timeout: float | None, on_progress: object) -> Action:  # type: ignore[override]
        return super().wait_action(uri, timeout, on_progress)

    async def refresh(self, uri: str, from_dict: object, operation_id: str) -> Any:
        return super().refresh(uri, from_dict, operation_id)


def started(tracker: Tracker, resource_uri: str | None, action_uri: str | None = "/act/") -> StartedAction[str]:
    return StartedAction(
        tracker, object="old", action_uri=action_uri, resource_uri=resource_uri, refresh=str, operation_id="op"
    )


def test_wait_answers_the_refreshed_object() -> None:
    tracker = Tracker(refreshed="new")
    assert started(tracker, "/obj/").wait(5) == "new"
    assert tracker.calls == [("wait", "/act/", 5), ("refresh", "/obj/", "op")]


def test_wait_answers_the_first_object_without_a_resource_uri() -> None:
    tracker = Tracker(refreshed="unused")
    assert started(tracker, None).wait() == "old"
    assert tracker.calls == [("wait", "/act/", None)]


def test_wait_answers_the_first_object_when_it_is_gone() -> None:
    """The refresh found nothing (the action terminated the object)."""
    tracker = Tracker(refreshed=None)
    assert started(tracker, "/obj/").wait() == "old"
    assert tracker.calls[-1] == ("refresh", "/obj/", "op")


def test_no_action_uri_is_the_trackers_error_and_nothing_is_sent() -> None:
    tracker = Tracker("new")
    action = started(tracker, "/obj/", action_uri=None)
    with pytest.raises(LookupError, match="op"):
        action.wait()
    with pytest.raises(LookupError):
        action.action()
    assert tracker.calls == []
    assert repr(action) == "StartedAction(action_uri=None, object='/obj/')"


async def test_async_started_action() -> None:
    tracker = AsyncTracker("new")
    action: AsyncStartedAction[str] = AsyncStartedAction(
        tracker, object="old", action_uri="/act/", resource_uri="/obj/", refresh=str, operation_id="op"
    )
    assert await action.action() is ACTION
    assert await action.wait() == "new"
    assert [call[0] for call in tracker.calls] == ["fetch", "wait", "refresh"]


def test_pages_stop_at_the_bound_even_if_every_next_link_is_new(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_seam, "MAX_PAGES", 3)
    links = (f"/p{n}" for n in itertools.count())
    pager = Paginator(lambda link, bulk: ([link], next(links)), lambda page: page)
    assert list(pager) == [None, "/p0", "/p1"]


def test_raw_response_parses_on_each_call() -> None:
    parsed = itertools.count()
    response = httpx.Response(
        202, headers={"X-DockerCloud-Action-URI": "/act/"}, request=httpx.Request("POST", "http://h/x/")
    )
    raw = RawResponse(response, lambda: next(parsed))
    assert (raw.parse(), raw.parse()) == (0, 1)
    assert raw.status_code == 202 and raw.headers["x-dockercloud-action-uri"] == "/act/"
    assert repr(raw) == "RawResponse(status_code=202, method='POST', url='http://h/x/')"
