"""Objects whose keys are not exactly the documented ones decode as objects with every documented key do.

The generated fills take a short path for an object with exactly the documented keys and look any other key
layout up once (``_decoding.shape``/``plan``): an event frame without ``data`` (what the service sends), an
attribute added or absent, keys in another order. These tests pin down that every path gives the same values.
"""

from __future__ import annotations

import copy
import itertools
import json
from datetime import UTC, datetime
from typing import Any

import pytest
import yaml

from dockercloud_api.models import (
    Event,
    EventAction,
    EventType,
    LogMessage,
    Role,
    Service,
    ServiceList,
    ServiceState,
)
from dockercloud_api.types import UNSET, DecodeError, format_timestamp, parse_timestamp
from dockercloud_client.streams.decode import decode_event_frame
from tests.spec_conformance import SPEC_PATH

EXAMPLE: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())["components"]["examples"]["Service"]["value"]

# A real event frame: seven keys, no ``data`` (only error frames carry it).
FRAME: dict[str, Any] = {
    "type": "container",
    "action": "update",
    "parents": ["/api/app/v1/demo/service/3c9fe1a4-5ee0-4bbd-a1a0-1ff8f1cbb1c2/"],
    "resource_uri": "/api/app/v1/demo/container/0b7a2a55-6bd6-4b1b-8b45-9d7b1e4b5f21/",
    "state": "Running",
    "uuid": "0b7a2a55-6bd6-4b1b-8b45-9d7b1e4b5f21",
    "datetime": "2016-02-01T16:47:28Z",
}


def _written(frame: dict[str, Any]) -> dict[str, Any]:
    """``frame`` as ``Event.to_dict()`` writes it back: timestamps in the REST form (RFC 1123)."""
    if isinstance(frame.get("datetime"), str):
        return frame | {"datetime": format_timestamp(parse_timestamp(frame["datetime"]))}
    return frame


def _event_values(event: Event) -> tuple[Any, ...]:
    return (
        event.type,
        event.action,
        event.parents,
        event.resource_uri,
        event.state,
        event.uuid,
        event.datetime,
        event.data,
        event.additional_properties,
    )


def test_an_event_without_data_decodes_like_one_with_data_null() -> None:
    seven = Event.from_dict(FRAME)
    eight = Event.from_dict({**FRAME, "data": None})
    assert _event_values(seven) == _event_values(eight)
    assert (seven.type, seven.action, seven.data) == (EventType.CONTAINER, EventAction.UPDATE, None)
    assert seven.datetime == datetime(2016, 2, 1, 16, 47, 28, tzinfo=UTC)
    assert seven.to_dict() == _written(FRAME)  # the absent key stays absent
    assert eight.to_dict() == _written({**FRAME, "data": None})  # the null stays null


def test_every_key_order_and_subset_of_an_event_decodes_alike() -> None:
    # 7! orders would be slow; every rotation of every subset that keeps the identity keys is plenty (and more
    # layouts than the per-model cache remembers, so both the remembered and the computed path run).
    optional = ["parents", "uuid", "datetime"]
    layouts = 0
    for size in range(len(optional) + 1):
        for dropped in itertools.combinations(optional, size):
            body = {key: value for key, value in FRAME.items() if key not in dropped}
            keys = list(body)
            for shift, extra in itertools.product(range(len(keys)), ([], ["x"], ["x", "y"])):
                rotated = keys[shift:] + keys[:shift]
                frame = {key: body[key] for key in rotated} | {name: shift for name in extra}
                event = Event.from_dict(frame)
                layouts += 1
                for key in FRAME:
                    expected = None if key in dropped else getattr(Event.from_dict(FRAME), key)
                    assert getattr(event, key) == expected, (frame, key)
                assert event.additional_properties == {name: shift for name in extra}
                assert event.to_dict() == _written(frame)
    assert layouts > 100


def test_the_stream_decoder_gives_the_same_event_for_seven_and_eight_keys() -> None:
    seven, eight = decode_event_frame(json.dumps(FRAME)), decode_event_frame(json.dumps({**FRAME, "data": None}))
    assert isinstance(seven, Event) and isinstance(eight, Event)
    assert _event_values(seven) == _event_values(eight)


def test_a_wrong_type_in_a_frame_without_data_still_names_the_attribute() -> None:
    with pytest.raises(DecodeError) as caught:
        Event.from_dict({**FRAME, "uuid": 7})
    assert (caught.value.location, caught.value.expected) == ("uuid", "string")
    without_datetime = {key: value for key, value in FRAME.items() if key != "datetime"}
    with pytest.raises(DecodeError) as caught:
        Event.from_dict({**without_datetime, "parents": "not a list"})
    assert (caught.value.location, caught.value.expected) == ("parents", "array")


def test_absent_optional_attributes_of_a_strict_model_read_as_unset() -> None:
    full = {"type": "log", "log": "hello", "timestamp": 1453541565, "source": "web-1", "streamType": "stdout"}
    for absent in (["source"], ["streamType"], ["source", "streamType"]):
        body = {key: value for key, value in full.items() if key not in absent}
        for order in (list(body), list(reversed(body))):
            message = LogMessage.from_dict({key: body[key] for key in order} | {"extra": 1})
            assert message.source == (UNSET if "source" in absent else "web-1")
            assert message.stream_type == (UNSET if "streamType" in absent else "stdout")
            assert message.additional_properties == {"extra": 1}
            assert message.to_dict() == body | {"extra": 1}


def _service(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(EXAMPLE), **changes}


def test_big_objects_read_their_values_by_layout_whatever_the_key_order() -> None:
    reference = Service.from_dict(_service())
    reversed_keys = dict(reversed(list(_service().items())))
    without = {key: value for key, value in reversed_keys.items() if key not in ("nickname", "tags")}
    assert Service.from_dict(reversed_keys) == reference
    decoded = Service.from_dict(without | {"future": [1]})
    assert decoded.nickname is None and decoded.tags is None and decoded["future"] == [1]
    assert decoded.state is ServiceState(EXAMPLE["state"]) and decoded.uuid == EXAMPLE["uuid"]
    assert decoded.to_dict() == without | {"future": [1]}


@pytest.mark.parametrize("reverse", [False, True])
def test_wrong_types_in_nested_objects_name_their_path_in_any_layout(reverse: bool) -> None:
    body = _service()
    body["container_ports"][0]["inner_port"] = "80"
    if reverse:
        body = dict(reversed(list(body.items())))
        del body["nickname"]
    with pytest.raises(DecodeError) as caught:
        Service.from_dict(body)
    assert caught.value.location == "container_ports[0].inner_port"
    page = ServiceList.from_dict({"meta": {"limit": 25, "offset": 0, "total_count": 2}, "objects": [_service(), body]})
    assert page.objects[0].container_ports is not None
    with pytest.raises(DecodeError) as caught:
        page.objects[1].uuid  # noqa: B018
    assert (caught.value.location, caught.value.expected) == ("objects[1].container_ports[0].inner_port", "integer")


def test_a_required_attribute_missing_from_a_big_object_is_reported_in_any_layout() -> None:
    for body in (_service(), dict(reversed(list(_service().items())))):
        del body["state"]
        with pytest.raises(DecodeError) as caught:
            Service.from_dict(body)
        assert (caught.value.location, caught.value.expected) == ("state", "a value")


def test_lists_of_enums_and_of_objects_decode_empty_or_not() -> None:
    decoded = Service.from_dict(_service(roles=["global", "future-role"], tags=[], bindings=[]))
    assert decoded.roles == [Role.GLOBAL, "future-role"] and not decoded.roles[1].is_known
    assert decoded.tags == [] and decoded.bindings == []
    source = _service(linked_from_service=[])
    assert Service.from_dict(source).linked_from_service is not source["linked_from_service"]  # a list of its own
    with pytest.raises(DecodeError) as caught:
        Service.from_dict(_service(roles=["global", 3]))
    assert (caught.value.location, caught.value.expected) == ("roles[1]", "string")
    with pytest.raises(DecodeError) as caught:
        Service.from_dict(_service(tags=[{"name": "a"}, "b"]))
    assert (caught.value.location, caught.value.expected) == ("tags[1]", "object")
