"""Bounded action polling with an injected clock and sleep."""

from __future__ import annotations

import math

import pytest

from dockercloud_api.models import Action
from dockercloud_client._actions import POLL_BACKOFF, ActionWaiter, AsyncActionWaiter
from dockercloud_client.errors import ActionFailedError, ActionTimeoutError, InvalidValueError

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
    assert max(clock.sleeps) <= POLL_BACKOFF.max_delay


@pytest.mark.parametrize("bad", [float("nan"), -1, "5", True])
def test_a_timeout_that_is_no_number_of_seconds_is_refused_before_polling(bad: object) -> None:
    # NaN compared false with everything: the wait polled for ever; a string raised TypeError mid-wait.
    polled: list[str] = []

    def fetch(uri: str) -> tuple[str, None]:
        polled.append(uri)
        return "In progress", None

    waiter = ActionWaiter(fetch, sleep=lambda s: None)
    with pytest.raises(InvalidValueError, match="timeout must be 0 or more seconds") as info:
        waiter.wait(URI, timeout=bad)  # type: ignore[arg-type]
    assert info.value.argument == "timeout" and polled == []


def test_a_zero_timeout_polls_once_and_an_infinite_one_has_no_limit() -> None:
    clock = FakeTime()
    waiter = ActionWaiter(lambda uri: ("In progress", None), sleep=clock.sleep, clock=lambda: clock.now)
    with pytest.raises(ActionTimeoutError):
        waiter.wait(URI, timeout=0)
    assert clock.sleeps == []
    seq = ["In progress"] * 200 + ["Success"]
    patient = ActionWaiter(lambda uri: (seq.pop(0), "done"), sleep=clock.sleep, clock=lambda: clock.now)
    assert patient.wait(URI, timeout=math.inf) == "done"
    assert clock.now > 600  # beyond the default limit


async def test_async_waiter() -> None:
    seq = states("Pending", "Success")
    clock = FakeTime()

    async def fetch(uri: str) -> tuple[str, str]:
        return seq.pop(0), "done"

    waiter = AsyncActionWaiter(fetch, sleep=clock.asleep, clock=lambda: clock.now)
    assert await waiter.wait(URI) == "done"
    assert clock.sleeps == [0.5]


def _action(state: str, logs: str) -> object:
    return Action.from_dict(
        {"uuid": "a1", "resource_uri": URI, "state": state, "action": "Node Upgrade Docker", "logs": logs}
    )


def test_failure_message_is_the_last_log_line() -> None:
    logs = "".join(f"step {i}\n" for i in range(20)) + "Node Upgrade Docker finished: Failed\nERROR: disk full\n"
    clock = FakeTime()
    waiter = ActionWaiter(lambda uri: ("Failed", _action("Failed", logs)), sleep=clock.sleep, clock=lambda: clock.now)
    with pytest.raises(ActionFailedError) as caught:
        waiter.wait(URI)
    assert str(caught.value) == "Node Upgrade Docker failed: disk full"
    assert caught.value.reason == "disk full" and caught.value.state == "Failed"
    assert len(caught.value.log_lines) == 10 and caught.value.log_lines[-1] == "ERROR: disk full"


def test_failure_without_logs_still_reads() -> None:
    clock = FakeTime()
    waiter = ActionWaiter(lambda uri: ("Canceled", {"state": "Canceled"}), sleep=clock.sleep, clock=lambda: clock.now)
    with pytest.raises(ActionFailedError, match=f"^action {URI} ended Canceled$") as caught:
        waiter.wait(URI)
    assert caught.value.reason is None and caught.value.log_lines == ()


def test_timeout_carries_state_and_last_log_lines() -> None:
    clock = FakeTime()
    action = _action("In progress", "Node Upgrade Docker requested\nDownloading docker 1.11\n")
    waiter = ActionWaiter(lambda uri: ("In progress", action), sleep=clock.sleep, clock=lambda: clock.now)
    with pytest.raises(ActionTimeoutError) as caught:
        waiter.wait(URI, timeout=3)
    error = caught.value
    assert (error.state, error.action, error.log_lines[-1]) == ("In progress", action, "Downloading docker 1.11")
    assert str(error) == "Node Upgrade Docker still 'In progress' after 3 s (last log line: Downloading docker 1.11)"
