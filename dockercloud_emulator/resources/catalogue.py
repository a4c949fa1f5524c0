"""The provider catalogue: providers, regions, availability zones and node types."""

from __future__ import annotations

from starlette.responses import Response

from ..http import Ctx, Filter, apply_filters, lists, ok, paginate
from ..routing import operation
from .common import lookup

PROVIDER_FILTERS = {"name": Filter()}
REGION_FILTERS = {"name": Filter(), "provider": Filter("uri")}
AZ_FILTERS = {"name": Filter(), "region": Filter("uri")}
NODETYPE_FILTERS = {"name": Filter(), "regions": Filter("uri_in"), "availability_zones": Filter("uri_in")}


@operation("providers_list")
@lists(PROVIDER_FILTERS)
async def providers_list(ctx: Ctx) -> Response:
    """``providers_list``: list the providers."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.providers.values(), PROVIDER_FILTERS))


@operation("providers_get")
async def providers_get(ctx: Ctx) -> Response:
    """``providers_get``: get one provider."""
    return ok(lookup(ctx.emu.store.catalogue.providers, ctx.param("name"), "provider"))


@operation("regions_list")
@lists(REGION_FILTERS)
async def regions_list(ctx: Ctx) -> Response:
    """``regions_list``: list the regions."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.regions.values(), REGION_FILTERS))


@operation("regions_get")
async def regions_get(ctx: Ctx) -> Response:
    """``regions_get``: get one region."""
    return ok(lookup(ctx.emu.store.catalogue.regions, f"{ctx.param('provider')}/{ctx.param('name')}", "region"))


@operation("availability_zones_list")
@lists(AZ_FILTERS)
async def availability_zones_list(ctx: Ctx) -> Response:
    """``availability_zones_list``: list the availability zones."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.azs.values(), AZ_FILTERS))


@operation("availability_zones_get")
async def availability_zones_get(ctx: Ctx) -> Response:
    """``availability_zones_get``: get one availability zone."""
    key = f"{ctx.param('provider')}/{ctx.param('region')}/{ctx.param('name')}"
    return ok(lookup(ctx.emu.store.catalogue.azs, key, "availability zone"))


@operation("node_types_list")
@lists(NODETYPE_FILTERS)
async def node_types_list(ctx: Ctx) -> Response:
    """``node_types_list``: list the node types."""
    return paginate(ctx, apply_filters(ctx, ctx.emu.store.catalogue.nodetypes.values(), NODETYPE_FILTERS))


@operation("node_types_get")
async def node_types_get(ctx: Ctx) -> Response:
    """``node_types_get``: get one node type."""
    return ok(lookup(ctx.emu.store.catalogue.nodetypes, f"{ctx.param('provider')}/{ctx.param('name')}", "node type"))
