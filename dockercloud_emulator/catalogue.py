"""Seed data: cloud providers, regions, availability zones and node types.

Shaped like the documented examples (``/api/infra/v1/provider/digitalocean/`` ...). The
catalogue is static data; :func:`build_catalogue` turns it into the JSON objects served by the
provider, region, az and nodetype endpoints, with every cross reference filled in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

INFRA = "/api/infra/v1"


@dataclass(frozen=True)
class NodeTypeSpec:
    """A node type offered by a provider (``cpu`` cores, ``memory`` MB)."""

    name: str
    label: str
    cpu: int
    memory: int


@dataclass(frozen=True)
class RegionSpec:
    """A region, with the availability zones it has (AWS only)."""

    name: str
    label: str
    zones: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProviderSpec:
    """A provider with its regions and node types (every type offered in every region)."""

    name: str
    label: str
    regions: tuple[RegionSpec, ...]
    node_types: tuple[NodeTypeSpec, ...]
    available: bool = True
    disk_sizes: tuple[int, ...] = field(default=())


_SOFTLAYER_DISKS = (10, 20, 25, 30, 40, 50, 75, 100, 125, 150, 175, 200, 250, 300, 350, 400, 500, 750, 1000, 1500, 2000)

PROVIDERS: tuple[ProviderSpec, ...] = (
    ProviderSpec(
        "digitalocean",
        "Digital Ocean",
        tuple(
            RegionSpec(n, lbl)
            for n, lbl in (
                ("ams1", "Amsterdam 1"),
                ("ams2", "Amsterdam 2"),
                ("ams3", "Amsterdam 3"),
                ("lon1", "London 1"),
                ("nyc1", "New York 1"),
                ("nyc2", "New York 2"),
                ("nyc3", "New York 3"),
                ("sfo1", "San Francisco 1"),
                ("sgp1", "Singapore 1"),
            )
        ),
        tuple(
            NodeTypeSpec(n, n.upper(), c, m)
            for n, c, m in (
                ("512mb", 1, 512),
                ("1gb", 1, 1024),
                ("2gb", 2, 2048),
                ("4gb", 2, 4096),
                ("8gb", 4, 8192),
                ("16gb", 8, 16384),
                ("32gb", 12, 32768),
                ("48gb", 16, 49152),
                ("64gb", 20, 65536),
            )
        ),
    ),
    ProviderSpec(
        "aws",
        "Amazon Web Services",
        (
            RegionSpec("us-east-1", "US East (N. Virginia)", ("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1e")),
            RegionSpec("us-west-1", "US West (N. California)", ("us-west-1a", "us-west-1b")),
            RegionSpec("us-west-2", "US West (Oregon)", ("us-west-2a", "us-west-2b", "us-west-2c")),
            RegionSpec("eu-west-1", "EU (Ireland)", ("eu-west-1a", "eu-west-1b", "eu-west-1c")),
            RegionSpec("eu-central-1", "EU (Frankfurt)", ("eu-central-1a", "eu-central-1b")),
            RegionSpec("ap-northeast-1", "Asia Pacific (Tokyo)", ("ap-northeast-1a", "ap-northeast-1c")),
            RegionSpec("ap-southeast-1", "Asia Pacific (Singapore)", ("ap-southeast-1a", "ap-southeast-1b")),
            RegionSpec("sa-east-1", "South America (Sao Paulo)", ("sa-east-1a", "sa-east-1c")),
        ),
        tuple(
            NodeTypeSpec(n, n, c, m)
            for n, c, m in (
                ("t2.nano", 1, 512),
                ("t2.micro", 1, 1024),
                ("t2.small", 1, 2048),
                ("t2.medium", 2, 4096),
                ("t2.large", 2, 8192),
                ("m4.large", 2, 8192),
                ("m4.xlarge", 4, 16384),
                ("c4.large", 2, 3840),
                ("r3.large", 2, 15616),
            )
        ),
    ),
    ProviderSpec(
        "packet",
        "Packet",
        (
            RegionSpec("ewr1", "Parsippany, NJ"),
            RegionSpec("sjc1", "Sunnyvale, CA"),
            RegionSpec("ams1", "Amsterdam, NL"),
            RegionSpec("nrt1", "Tokyo, JP"),
        ),
        (
            NodeTypeSpec("baremetal_0", "Type 0", 4, 8192),
            NodeTypeSpec("baremetal_1", "Type 1", 8, 32768),
            NodeTypeSpec("baremetal_3", "Type 3", 24, 131072),
        ),
    ),
    ProviderSpec(
        "softlayer",
        "SoftLayer",
        tuple(
            RegionSpec(n, lbl)
            for n, lbl in (
                ("ams01", "Amsterdam 1"),
                ("dal05", "Dallas 5"),
                ("fra02", "Frankfurt 2"),
                ("lon02", "London 2"),
                ("sjc01", "San Jose 1"),
                ("tok02", "Tokyo 2"),
                ("wdc01", "Washington 1"),
            )
        ),
        tuple(
            NodeTypeSpec(n, lbl, c, m)
            for n, lbl, c, m in (
                ("1c-1g", "1 Core 1GB", 1, 1024),
                ("1c-2g", "1 Core 2GB", 1, 2048),
                ("2c-4g", "2 Cores 4GB", 2, 4096),
                ("4c-8g", "4 Cores 8GB", 4, 8192),
                ("8c-16g", "8 Cores 16GB", 8, 16384),
            )
        ),
        disk_sizes=_SOFTLAYER_DISKS,
    ),
    ProviderSpec(
        "azure",
        "Microsoft Azure",
        tuple(
            RegionSpec(n, lbl)
            for n, lbl in (
                ("east-us", "East US"),
                ("west-us", "West US"),
                ("north-europe", "North Europe"),
                ("west-europe", "West Europe"),
                ("japan-east", "Japan East"),
                ("southeast-asia", "Southeast Asia"),
            )
        ),
        tuple(
            NodeTypeSpec(n, lbl, c, m)
            for n, lbl, c, m in (
                ("Basic_A0", "Basic A0", 1, 768),
                ("Basic_A1", "Basic A1", 1, 1792),
                ("Small", "Small (A1)", 1, 1792),
                ("Medium", "Medium (A2)", 2, 3584),
                ("Large", "Large (A3)", 4, 7168),
                ("Standard_D1", "Standard D1", 1, 3584),
            )
        ),
    ),
)


def provider_uri(provider: str) -> str:
    """Resource URI of a provider."""
    return f"{INFRA}/provider/{provider}/"


def region_uri(provider: str, region: str) -> str:
    """Resource URI of a region."""
    return f"{INFRA}/region/{provider}/{region}/"


def az_uri(provider: str, region: str, zone: str) -> str:
    """Resource URI of an availability zone."""
    return f"{INFRA}/az/{provider}/{region}/{zone}/"


def nodetype_uri(provider: str, name: str) -> str:
    """Resource URI of a node type."""
    return f"{INFRA}/nodetype/{provider}/{name}/"


@dataclass
class Catalogue:
    """The served catalogue objects, each keyed by its identifier path (``aws/us-east-1``)."""

    providers: dict[str, dict[str, Any]]
    regions: dict[str, dict[str, Any]]
    azs: dict[str, dict[str, Any]]
    nodetypes: dict[str, dict[str, Any]]
    specs: dict[str, ProviderSpec]

    def node_type_spec(self, key: str) -> NodeTypeSpec:
        """The :class:`NodeTypeSpec` of ``provider/name``."""
        provider, name = key.split("/", 1)
        return next(t for t in self.specs[provider].node_types if t.name == name)


def build_catalogue() -> Catalogue:
    """Build the catalogue objects from :data:`PROVIDERS`."""
    providers: dict[str, dict[str, Any]] = {}
    regions: dict[str, dict[str, Any]] = {}
    azs: dict[str, dict[str, Any]] = {}
    nodetypes: dict[str, dict[str, Any]] = {}
    for spec in PROVIDERS:
        p_uri = provider_uri(spec.name)
        all_types = [nodetype_uri(spec.name, t.name) for t in spec.node_types]
        all_zones: list[str] = []
        for region in spec.regions:
            zones = [az_uri(spec.name, region.name, z) for z in region.zones]
            all_zones.extend(zones)
            regions[f"{spec.name}/{region.name}"] = {
                "availability_zones": zones,
                "available": spec.available,
                "label": region.label,
                "name": region.name,
                "node_types": list(all_types),
                "provider": p_uri,
                "resource_uri": region_uri(spec.name, region.name),
            }
            for zone in region.zones:
                azs[f"{spec.name}/{region.name}/{zone}"] = {
                    "available": spec.available,
                    "name": zone,
                    "region": region_uri(spec.name, region.name),
                    "resource_uri": az_uri(spec.name, region.name, zone),
                }
        for node_type in spec.node_types:
            nodetypes[f"{spec.name}/{node_type.name}"] = {
                "availability_zones": list(all_zones),
                "available": spec.available,
                "label": node_type.label,
                "name": node_type.name,
                "provider": p_uri,
                "regions": [region_uri(spec.name, r.name) for r in spec.regions],
                "resource_uri": nodetype_uri(spec.name, node_type.name),
            }
        providers[spec.name] = {
            "available": spec.available,
            "label": spec.label,
            "name": spec.name,
            "regions": [region_uri(spec.name, r.name) for r in spec.regions],
            "resource_uri": p_uri,
        }
    return Catalogue(providers, regions, azs, nodetypes, {s.name: s for s in PROVIDERS})
