"""Mistakes ``mypy --strict`` must report, each with the error code named on its line (never run).

``--strict`` includes ``warn_unused_ignores``: should a mistake stop being an error of that code (say the
types became ``Any``), the ignore is unused or the error unsuppressed, and ``make typecheck`` fails.
"""

from __future__ import annotations

from dockercloud_client import Client


def mistakes(client: Client) -> None:
    client.services.start("uuid").no_such_method()  # type: ignore[attr-defined]
    client.services.list().first_page().no_such_field  # type: ignore[attr-defined]  # noqa: B018
    client.services.get("uuid", timeout="soon")  # type: ignore[arg-type]
    client.services.start("uuid", wait="yes")  # type: ignore[call-overload]
    client.with_options(retries=3)  # type: ignore[call-arg]
    client.with_raw_response.services.start("uuid", wait=True)  # type: ignore[call-arg]
