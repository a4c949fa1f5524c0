"""The seam (issue 16): dockercloud_api holds only what the client uses and offers no second client."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import dockercloud_api
import dockercloud_api.api
from dockercloud_api.operations import OPERATIONS
from dockercloud_client import AsyncClient, Client

PACKAGE = Path(dockercloud_api.__file__).resolve().parent


def operation_modules() -> list[str]:
    names = []
    for group in pkgutil.iter_modules(dockercloud_api.api.__path__):
        package = importlib.import_module(f"dockercloud_api.api.{group.name}")
        names += [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    return sorted(names)


def test_no_generated_client_is_importable() -> None:
    assert not hasattr(dockercloud_api, "Client")
    with pytest.raises(ImportError):
        from dockercloud_api import Client  # type: ignore[attr-defined]  # noqa: F401
    with pytest.raises(ImportError):
        importlib.import_module("dockercloud_api.errors")
    assert "internal" in (dockercloud_api.__doc__ or "").lower()


def test_one_module_per_operation_holding_only_its_request_builder() -> None:
    modules = operation_modules()
    assert sorted(name.rsplit(".", 1)[1] for name in modules) == sorted(OPERATIONS)
    for name in modules:
        module = importlib.import_module(name)
        functions = {n for n, f in vars(module).items() if inspect.isfunction(f) and f.__module__ == name}
        assert functions == {"_get_kwargs"}, name
        source = Path(inspect.getfile(module)).read_text()
        for gone in ("sync_detailed", "_parse_response", "UnexpectedStatus", '"url"', "quote("):
            assert gone not in source, (name, gone)


def test_request_builders_write_the_method_as_sent_and_no_path() -> None:
    for name in operation_modules():
        module = importlib.import_module(name)
        operation_id = name.rsplit(".", 1)[1]
        parameters = inspect.signature(module._get_kwargs).parameters
        if any(p.default is inspect.Parameter.empty for p in parameters.values()):
            continue  # needs a body: covered by the client tests on the wire
        request = module._get_kwargs()
        assert request["method"] == OPERATIONS[operation_id].method
        assert "url" not in request and "path_params" not in request


def test_every_group_of_the_spec_is_on_both_clients_and_their_raw_views() -> None:
    tags = {info.tag for info in OPERATIONS.values()}
    for client_class in (Client, AsyncClient):
        annotations: dict[str, object] = {}
        for klass in reversed(client_class.__mro__):
            annotations.update(getattr(klass, "__annotations__", {}))
        assert tags <= set(annotations), client_class


def test_find_is_generated_where_the_list_filters_by_uuid_prefix() -> None:
    """The spec is the only list of named groups: ``find`` and its lookup follow the list's filters."""
    from dockercloud_api.inputs import QUERY_PARAMETERS

    for tag in sorted({info.tag for info in OPERATIONS.values()}):
        filters = QUERY_PARAMETERS.get(f"{tag}_list", {})
        module = importlib.import_module(f"dockercloud_api.api.{tag}")
        name = "".join(part.capitalize() for part in tag.split("_"))
        sync, asyncio, raw = (getattr(module, n) for n in (name, "Async" + name, name + "WithRawResponse"))
        named = "uuid__startswith" in filters
        assert hasattr(sync, "find") == hasattr(asyncio, "find") == named, tag
        assert not hasattr(raw, "find"), tag
        if named:
            stack = [key.replace("__", "_") for key in filters if key.endswith("stack__name")]
            assert module._FIND.by_name == ("name" in filters), tag
            assert module._FIND.stack_filter == (stack[0] if stack else None), tag
            assert inspect.iscoroutinefunction(asyncio.find), tag
