"""The provider catalogue (R5-R12): providers, regions, availability zones and node types."""

from __future__ import annotations

from starlette.responses import Response

from ..http import Ctx, Filter, apply_filters, ok, paginate
from .common import lookup


async def provider_list(ctx: Ctx) -> Response:
    """R5."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.providers.values(), {"name": Filter()}))


async def provider_get(ctx: Ctx) -> Response:
    """R6."""
    return ok(lookup(ctx.emu.store.catalogue.providers, ctx.param("name"), "provider"))


async def region_list(ctx: Ctx) -> Response:
    """R7."""
    return paginate(
        ctx, apply_filters(ctx, ctx.emu.store.catalogue.regions.values(), {"name": Filter(), "provider": Filter("uri")})
    )


async def region_get(ctx: Ctx) -> Response:
    """R8."""
    return ok(lookup(ctx.emu.store.catalogue.regions, f"{ctx.param('provider')}/{ctx.param('name')}", "region"))


async def az_list(ctx: Ctx) -> Response:
    """R9."""
    return paginate(
        ctx, apply_filters(ctx, ctx.emu.store.catalogue.azs.values(), {"name": Filter(), "region": Filter("uri")})
    )


async def az_get(ctx: Ctx) -> Response:
    """R10."""
    key = f"{ctx.param('provider')}/{ctx.param('region')}/{ctx.param('name')}"
    return ok(lookup(ctx.emu.store.catalogue.azs, key, "availability zone"))


async def nodetype_list(ctx: Ctx) -> Response:
    """R11."""
    return paginate(
        ctx,
        apply_filters(
            ctx,
            ctx.emu.store.catalogue.nodetypes.values(),
            {"name": Filter(), "regions": Filter("uri_in"), "availability_zones": Filter("uri_in")},
        ),
    )


async def nodetype_get(ctx: Ctx) -> Response:
    """R12."""
    return ok(lookup(ctx.emu.store.catalogue.nodetypes, f"{ctx.param('provider')}/{ctx.param('name')}", "node type"))
