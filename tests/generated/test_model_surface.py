"""What users see of a model: API names as attributes, a readable UNSET, a compact repr, to_json()."""

from __future__ import annotations

import inspect
import json
from datetime import UTC, datetime

import attrs
import pytest

from dockercloud_api.api.services import Services
from dockercloud_api.models import (
    Action,
    Autorestart,
    Event,
    EventType,
    PortSpec,
    Service,
    ServiceCreate,
    ServiceLabels,
)
from dockercloud_api.types import UNSET, InvalidValueError
from tests.client import legacy_corpus as corpus

EVENT = {
    "type": "service",
    "action": "update",
    "parents": [],
    "resource_uri": "/api/app/v1/alice/service/1/",
    "state": "Running",
    "uuid": "e1",
    "datetime": "2016-02-01T16:47:28Z",
}


def test_attributes_carry_the_api_names() -> None:
    event = Event.from_dict(EVENT)
    assert event.type is EventType.SERVICE
    assert event.datetime == datetime(2016, 2, 1, 16, 47, 28, tzinfo=UTC)
    action = Action.from_dict(corpus.ACTION)
    assert action.object == corpus.ACTION["object"]
    assert not [a.name for a in attrs.fields(Event) if a.name.endswith("_") and not a.name.startswith("_")]
    assert Event(type="error", action="update", resource_uri="/", state="x").type is EventType.ERROR


def test_unset_reads_as_unset() -> None:
    assert repr(UNSET) == "UNSET"
    signature = str(inspect.signature(Services.create))
    unset = "dockercloud_api.types.Unset = UNSET"
    assert f"autorestart: dockercloud_api.models.autorestart.Autorestart | str | {unset}" in signature
    assert "object at 0x" not in signature


def test_repr_is_compact_identity_and_state_first() -> None:
    service = Service.from_dict(corpus.SERVICE)
    assert repr(service) == f"Service(uuid='{corpus.SERVICE_UUID}', name='web', state=Running, …)"
    assert len(repr(service)) < 100
    assert repr(PortSpec(inner_port=80, protocol="tcp")) == "PortSpec(protocol=tcp, inner_port=80, published=False)"
    assert repr(ServiceLabels.from_dict({"tier": "web"})) == "ServiceLabels({'tier': 'web'})"
    action = Action.from_dict(corpus.ACTION)
    assert repr(action) == f"Action(uuid='{corpus.ACTION_UUID}', state=Success, …)"


def test_to_json_is_to_dict_serialised() -> None:
    service = Service.from_dict(corpus.SERVICE)
    assert json.loads(service.to_json()) == corpus.SERVICE
    assert service.to_json(indent=2).startswith("{\n  ")


def test_models_take_plain_values_and_refuse_unknown_ones() -> None:
    body = ServiceCreate(image="nginx", autorestart="ALWAYS", container_ports=[{"inner_port": 80, "protocol": "udp"}])
    assert body.autorestart is Autorestart.ALWAYS
    sent = body.to_dict()
    assert (sent["image"], sent["autorestart"]) == ("nginx", "ALWAYS")
    assert sent["container_ports"] == [{"inner_port": 80, "protocol": "udp", "published": False}]  # spec default
    with pytest.raises(InvalidValueError, match="autorestart: 'SOMETIMES' is not one of"):
        ServiceCreate(image="nginx", autorestart="SOMETIMES")
    with pytest.raises(InvalidValueError, match=r"container_ports\[0\]: expected a PortSpec or a mapping, got int"):
        ServiceCreate(image="nginx", container_ports=[80])  # type: ignore[list-item]
    assert PortSpec.from_input({"inner_port": 80, "protocol": "tcp"}) == PortSpec(inner_port=80, protocol="tcp")
