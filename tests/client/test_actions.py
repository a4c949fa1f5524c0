"""Bounded action polling with an injected clock and sleep."""

from __future__ import annotations

import pytest

from dockercloud_client._actions import ActionWaiter, AsyncActionWaiter, PollSchedule
from dockercloud_client.errors import ActionFailedError, ActionTimeoutError

pytestmark = pytest.mark.anyio
URI = "/api/audit/v1/action/a1/"


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def states(*sequence: str) -> list[str]:
    return list(sequence)


def test_waits_until_success() -> None:
    seq = states("Pending", "In progress", "In progress", "Success")
    clock = FakeTime()
    waiter = ActionWaiter(lambda uri: (seq.pop(0), {"uri": uri}), sleep=clock.sleep, clock=lambda: clock.now)
    assert waiter.wait(URI) == {"uri": URI}
    assert clock.sleeps == [0.5, 0.75, 1.125]


@pytest.mark.parametrize("final", ["Failed", "Canceled"])
def test_failure_raises(final: str) -> None:
    seq = states("In progress", final)
    clock = FakeTime()
    waiter = ActionWaiter(lambda uri: (seq.pop(0), {"state": final}), sleep=clock.sleep, clock=lambda: clock.now)
    with pytest.raises(ActionFailedError) as info:
        waiter.wait(URI)
    assert info.value.state == final and info.value.action_uri == URI


def test_timeout_is_bounded() -> None:
    clock = FakeTime()
    waiter = ActionWaiter(lambda uri: ("In progress", None), sleep=clock.sleep, clock=lambda: clock.now)
    with pytest.raises(ActionTimeoutError) as info:
        waiter.wait(URI, timeout=10)
    assert info.value.state == "In progress"
    assert clock.now == pytest.approx(10)
    assert max(clock.sleeps) <= PollSchedule().maximum


async def test_async_waiter() -> None:
    seq = states("Pending", "Success")
    clock = FakeTime()

    async def fetch(uri: str) -> tuple[str, str]:
        return seq.pop(0), "done"

    waiter = AsyncActionWaiter(fetch, sleep=clock.asleep, clock=lambda: clock.now)
    assert await waiter.wait(URI) == "done"
    assert clock.sleeps == [0.5]
