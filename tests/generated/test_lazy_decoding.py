"""The decoding runtime (generated/dockercloud_api/_decoding.py): list pages' objects filled on first access."""

from __future__ import annotations

import copy
import pickle
import sys
import threading
from typing import Any

import attrs
import pytest

from dockercloud_api._decoding import lazy_errors
from dockercloud_api.models import Service, ServiceList, ServiceState
from dockercloud_api.types import DecodeError
from tests.spec_conformance import spec

EXAMPLE: dict[str, Any] = copy.deepcopy(spec()["components"]["examples"]["Service"]["value"])
META = {"limit": 25, "offset": 0, "total_count": 3, "next": None, "previous": None}


def _page(*services: dict[str, Any]) -> dict[str, Any]:
    return {"meta": META, "objects": [copy.deepcopy(s) for s in services]}


def _service(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(EXAMPLE), **changes}


def test_page_objects_are_services_once_touched_and_equal_to_eager_ones() -> None:
    page = ServiceList.from_dict(_page(_service(uuid="a"), _service(uuid="b")))
    first, second = page.objects
    assert isinstance(first, Service) and type(first) is not Service  # not filled yet
    assert first.uuid == "a" and type(first) is Service  # filled by the first access
    assert second == Service.from_dict(_service(uuid="b"))  # comparing fills it too
    assert type(second) is Service
    assert first.to_dict() == _service(uuid="a")


def test_every_use_of_an_unfilled_object_sees_the_decoded_values() -> None:
    body = _service(uuid="x", undocumented={"kept": True}, state="Hibernating")
    del body["nickname"]

    def fresh() -> Service:
        return ServiceList.from_dict(_page(body)).objects[0]

    assert repr(fresh()).startswith("Service(uuid='x'")
    assert fresh()["undocumented"] == {"kept": True}
    assert fresh().state == "Hibernating" and not fresh().state.is_known
    assert fresh().to_dict() == body  # the absent nickname stays absent
    assert attrs.asdict(fresh())["uuid"] == "x"
    assert pickle.loads(pickle.dumps(fresh())) == fresh()
    assert copy.deepcopy(fresh()) == fresh()
    service = fresh()
    service.state = "Running"  # type: ignore[assignment]  # the converter still runs on an unfilled object
    assert service.state is ServiceState.RUNNING and service.uuid == "x"


def test_a_wrong_type_raises_on_first_access_with_its_path() -> None:
    page = ServiceList.from_dict(_page(_service(), _service(target_num_containers="2")))
    assert page.objects[0].target_num_containers == 2
    for _ in range(2):  # the object stays unfilled: every access raises the same error
        with pytest.raises(DecodeError) as caught:
            page.objects[1].name  # noqa: B018
        assert (caught.value.location, caught.value.expected) == ("objects[1].target_num_containers", "integer")


def test_the_client_error_is_raised_for_objects_created_inside_lazy_errors() -> None:
    class Reported(Exception):
        pass

    with lazy_errors(lambda error: Reported(error.location)):
        page = ServiceList.from_dict(_page(_service(uuid=None)))
    with pytest.raises(Reported, match=r"objects\[0\]\.uuid"):
        page.objects[0].state  # noqa: B018


def test_a_page_item_that_is_not_an_object_fails_at_once() -> None:
    with pytest.raises(DecodeError, match=r"objects\[1\]: expected object, got string"):
        ServiceList.from_dict({"meta": META, "objects": [_service(), "web"]})


def test_key_layouts_and_null_patterns_beyond_the_remembered_ones_still_decode() -> None:
    # Objects with their keys in 300 different orders and nulls in 300 places: more than the caches keep.
    bodies = []
    keys = list(EXAMPLE)
    for index in range(300):
        rotated = keys[index % len(keys) :] + keys[: index % len(keys)]
        body = {key: EXAMPLE[key] for key in rotated} | {"uuid": f"u{index}", f"extra{index}": index}
        body[keys[index % len(keys)]] = (
            None
            if keys[index % len(keys)] not in ("uuid", "name", "state", "resource_uri")
            else body[keys[index % len(keys)]]
        )
        bodies.append(body)
    page = ServiceList.from_dict({"meta": META, "objects": bodies})
    for index, (service, body) in enumerate(zip(page.objects, bodies, strict=True)):
        assert service.to_dict() == body
        assert service[f"extra{index}"] == index


def test_an_object_built_by_evolve_from_an_unfilled_one_reads_its_values() -> None:
    service = ServiceList.from_dict(_page(_service(uuid="a"))).objects[0]
    changed = attrs.evolve(service, name="renamed")
    assert (changed.uuid, changed.name, type(changed)) == ("a", "renamed", Service)


def test_threads_using_one_unfilled_object_all_see_its_values() -> None:
    page = ServiceList.from_dict(_page(*[_service(uuid=f"u{i}") for i in range(200)]))
    seen: list[list[str]] = []

    def read_all() -> None:
        seen.append([service.uuid for service in page.objects])

    threads = [threading.Thread(target=read_all) for _ in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, in the middle of fills
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        sys.setswitchinterval(interval)
    assert seen == [[f"u{i}" for i in range(200)]] * 4
