"""The admin endpoints (``/_emulator/...``: faults, reset, state) and the token that guards them.

Accounts' credentials grant nothing here: one user must not wipe another's data or slow everyone
down. Each emulator has an admin token (random unless one is given), printed at startup as
``ADMIN_TOKEN`` and held by :class:`~dockercloud_emulator.server.EmulatorHandle` (``admin_token``);
requests send it as ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import secrets

from starlette.responses import JSONResponse, Response

from .errors import ApiError
from .faults import parse_rule
from .http import Ctx, Handler, ok


def check_admin(ctx: Ctx) -> None:
    """401 without the admin token, 403 for an account's credentials (they are not the admin token)."""
    scheme, _, given = (ctx.request.headers.get("authorization") or "").strip().partition(" ")
    expected = ctx.emu.config.admin_token
    if scheme.lower() == "bearer" and secrets.compare_digest(given.strip().encode(), expected.encode()):
        return
    hint = "send 'Authorization: Bearer <admin token>' (printed at startup as ADMIN_TOKEN; EmulatorHandle.admin_token)"
    if ctx.user is not None:
        raise ApiError(403, f"Forbidden: an account's credentials do not open the emulator's admin endpoints; {hint}.")
    raise ApiError(
        401,
        f"Unauthorized: the emulator's admin endpoints need the admin token; {hint}.",
        {"WWW-Authenticate": 'Bearer realm="dockercloud-emulator-admin"'},
    )


def admin_only(handler: Handler) -> Handler:
    """``handler`` behind :func:`check_admin`."""

    async def guarded(ctx: Ctx) -> Response:
        check_admin(ctx)
        return await handler(ctx)

    return guarded


async def post_fault(ctx: Ctx) -> Response:
    """Add a fault rule."""
    rule = parse_rule(ctx.json())
    ctx.emu.faults.add(rule)
    return ok(rule.describe(), 201)


async def delete_faults(ctx: Ctx) -> Response:
    """Remove every fault rule."""
    ctx.emu.faults.clear()
    return Response(status_code=204)


async def get_faults(ctx: Ctx) -> Response:
    """List the active fault rules."""
    return JSONResponse({"faults": [r.describe() for r in ctx.emu.faults.rules]})


async def post_reset(ctx: Ctx) -> Response:
    """Restore the seeded state."""
    ctx.emu.reset()
    return JSONResponse({"reset": True})


async def get_state(ctx: Ctx) -> Response:
    """Diagnostics: scheduler backlog, published events."""
    return JSONResponse(ctx.emu.lifecycle.describe())


#: path -> {method: handler}, every handler behind the admin token
ADMIN_ROUTES: dict[str, dict[str, Handler]] = {
    "/_emulator/faults/": {
        "POST": admin_only(post_fault),
        "DELETE": admin_only(delete_faults),
        "GET": admin_only(get_faults),
    },
    "/_emulator/reset/": {"POST": admin_only(post_reset)},
    "/_emulator/state/": {"GET": admin_only(get_state)},
}
