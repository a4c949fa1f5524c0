"""The provider catalogue: providers, regions, availability zones and node types."""

from __future__ import annotations

from starlette.responses import Response

from ..http import Ctx, filtered_page, ok
from ..routing import operation
from .common import lookup


@operation("providers_list")
async def providers_list(ctx: Ctx) -> Response:
    """``providers_list``: list the providers."""
    return filtered_page(ctx, ctx.emu.store.catalogue.providers.values())


@operation("providers_get")
async def providers_get(ctx: Ctx) -> Response:
    """``providers_get``: get one provider."""
    return ok(lookup(ctx.emu.store.catalogue.providers, ctx.param("name"), "provider"))


@operation("regions_list")
async def regions_list(ctx: Ctx) -> Response:
    """``regions_list``: list the regions."""
    return filtered_page(ctx, ctx.emu.store.catalogue.regions.values())


@operation("regions_get")
async def regions_get(ctx: Ctx) -> Response:
    """``regions_get``: get one region."""
    return ok(lookup(ctx.emu.store.catalogue.regions, f"{ctx.param('provider')}/{ctx.param('name')}", "region"))


@operation("availability_zones_list")
async def availability_zones_list(ctx: Ctx) -> Response:
    """``availability_zones_list``: list the availability zones."""
    return filtered_page(ctx, ctx.emu.store.catalogue.azs.values())


@operation("availability_zones_get")
async def availability_zones_get(ctx: Ctx) -> Response:
    """``availability_zones_get``: get one availability zone."""
    key = f"{ctx.param('provider')}/{ctx.param('region')}/{ctx.param('name')}"
    return ok(lookup(ctx.emu.store.catalogue.azs, key, "availability zone"))


@operation("node_types_list")
async def node_types_list(ctx: Ctx) -> Response:
    """``node_types_list``: list the node types."""
    return filtered_page(ctx, ctx.emu.store.catalogue.nodetypes.values())


@operation("node_types_get")
async def node_types_get(ctx: Ctx) -> Response:
    """``node_types_get``: get one node type."""
    return ok(lookup(ctx.emu.store.catalogue.nodetypes, f"{ctx.param('provider')}/{ctx.param('name')}", "node type"))
