"""The emulator's configuration and the bundle of live state shared by all handlers."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from .auth import Accounts, new_admin_token
from .events import EventBus, LogHub
from .faults import FaultInjector
from .lifecycle import Lifecycle, Scheduler
from .limits import Limits
from .store import Store


@dataclass
class EmulatorConfig:
    """Settings of one emulator instance (CLI flags and context-manager arguments)."""

    accounts: list[tuple[str, str]] = field(default_factory=list)
    orgs: list[tuple[str, list[str]]] = field(default_factory=list)
    step_seconds: float = 0.0
    limits: Limits = field(default_factory=Limits)
    admin_token: str = field(default_factory=new_admin_token)

    @classmethod
    def create(
        cls,
        accounts: Iterable[tuple[str, str]] = (),
        orgs: Iterable[tuple[str, Iterable[str]]] = (),
        step_seconds: float = 0.0,
        limits: Limits | None = None,
        admin_token: str | None = None,
    ) -> EmulatorConfig:
        """Normalise argument types; a random admin token unless one is given."""
        return cls(
            list(accounts),
            [(n, list(m)) for n, m in orgs],
            float(step_seconds),
            limits or Limits(),
            admin_token or new_admin_token(),
        )


class EmulatorState:
    """Store, scheduler, lifecycle engine, pub/sub hubs, faults and accounts of one emulator."""

    def __init__(self, config: EmulatorConfig) -> None:
        self.config = config
        self.accounts = Accounts.build(config.accounts, config.orgs)
        self.events = EventBus(config.limits.event_queue)
        self.logs = LogHub(config.limits.event_queue)
        self.faults = FaultInjector()
        self.scheduler = Scheduler(config.step_seconds)
        self.store = Store(config.limits.kept_actions)
        self.lifecycle = Lifecycle(self.store, self.scheduler, self.events, self.logs)
        self._ticker: asyncio.Task[None] | None = None

    def reset(self) -> None:
        """Restore the seeded state: no user objects, no actions, no scheduled work, no faults."""
        self.scheduler.cancel_all()
        self.store = Store(self.config.limits.kept_actions)
        self.lifecycle.store = self.store
        self.lifecycle.jobs.clear()
        self.faults.clear()

    async def start(self) -> None:
        """Start background work (periodic container log lines when ``step_seconds > 0``)."""
        if self.config.step_seconds > 0:
            self._ticker = asyncio.create_task(self._tick_forever())

    async def stop(self) -> None:
        """Stop background work and scheduled steps."""
        self.scheduler.cancel_all()
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None

    async def _tick_forever(self) -> None:
        period = max(self.config.step_seconds, 0.05)
        while True:
            await asyncio.sleep(period)
            self.lifecycle.tick_logs()
