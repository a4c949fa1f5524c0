"""Decision 5: unknown fields are kept and unknown enum values do not break parsing."""

from __future__ import annotations

import copy
from typing import Any

from dockercloud_api.models import Service, ServiceList, ServiceState
from tests.generated.test_examples_roundtrip import EXAMPLES


def _service_example() -> dict[str, Any]:
    for where, schema, value in EXAMPLES:
        if schema == "Service" and where.startswith("services_get"):
            return copy.deepcopy(value)
    raise AssertionError("the spec has no services_get example")


def test_unknown_field_and_state_are_kept() -> None:
    raw = _service_example()
    raw["state"] = "Hibernating"
    raw["shiny_new_field"] = {"nested": [1, 2]}
    service = Service.from_dict(raw)
    assert service.state == "Hibernating"
    assert isinstance(service.state, ServiceState)
    assert not service.state.is_known
    assert service.state.name == "UNKNOWN"
    assert service["shiny_new_field"] == {"nested": [1, 2]}
    assert service.to_dict() == raw


def test_known_state_is_a_real_member() -> None:
    raw = _service_example()
    raw["state"] = "Running"
    service = Service.from_dict(raw)
    assert service.state is ServiceState.RUNNING
    assert service.state.is_known


def test_unknown_state_does_not_break_a_list() -> None:
    first, second = _service_example(), _service_example()
    second["state"] = "Quantum superposition"
    page = {
        "meta": {"limit": 25, "offset": 0, "total_count": 2, "next": None, "previous": None},
        "objects": [first, second],
    }
    parsed = ServiceList.from_dict(page)
    assert [str(s.state) for s in parsed.objects] == [first["state"], "Quantum superposition"]
    assert parsed.to_dict() == page
