"""The provider catalogue (R5-R12): providers, regions, availability zones and node types."""

from __future__ import annotations

from starlette.responses import Response

from ..http import Ctx, Filter, apply_filters, lists, ok, paginate
from .common import lookup

PROVIDER_FILTERS = {"name": Filter()}
REGION_FILTERS = {"name": Filter(), "provider": Filter("uri")}
AZ_FILTERS = {"name": Filter(), "region": Filter("uri")}
NODETYPE_FILTERS = {"name": Filter(), "regions": Filter("uri_in"), "availability_zones": Filter("uri_in")}


@lists(PROVIDER_FILTERS)
async def provider_list(ctx: Ctx) -> Response:
    """R5."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.providers.values(), PROVIDER_FILTERS))


async def provider_get(ctx: Ctx) -> Response:
    """R6."""
    return ok(lookup(ctx.emu.store.catalogue.providers, ctx.param("name"), "provider"))


@lists(REGION_FILTERS)
async def region_list(ctx: Ctx) -> Response:
    """R7."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.regions.values(), REGION_FILTERS))


async def region_get(ctx: Ctx) -> Response:
    """R8."""
    return ok(lookup(ctx.emu.store.catalogue.regions, f"{ctx.param('provider')}/{ctx.param('name')}", "region"))


@lists(AZ_FILTERS)
async def az_list(ctx: Ctx) -> Response:
    """R9."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.azs.values(), AZ_FILTERS))


async def az_get(ctx: Ctx) -> Response:
    """R10."""
    key = f"{ctx.param('provider')}/{ctx.param('region')}/{ctx.param('name')}"
    return ok(lookup(ctx.emu.store.catalogue.azs, key, "availability zone"))


@lists(NODETYPE_FILTERS)
async def nodetype_list(ctx: Ctx) -> Response:
    """R11."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.nodetypes.values(), NODETYPE_FILTERS))


async def nodetype_get(ctx: Ctx) -> Response:
    """R12."""
    return ok(lookup(ctx.emu.store.catalogue.nodetypes, f"{ctx.param('provider')}/{ctx.param('name')}", "node type"))
