"""What ``endpoint_init.py.jinja`` is given: plain, typed facts about one resource group.

openapi-python-client renders that template with its own parsed objects (``EndpointCollection``, ``Endpoint``,
``Response``, ``Property``), whose attributes are internal to the generator and change between releases. The
template used to walk them; an attribute that moved rendered as an empty string and the break showed up, if at
all, far away in the generated code. Now :func:`resource_group` reads them here, in typed Python that
``mypy --strict`` checks against the installed generator, and an attribute that moved fails loudly in this one
module. ``regen.py`` makes it the template's ``resource_group`` global; the template reads only the dataclasses
below (and ``generator/templates/plain_values.jinja``'s macros are rendered here, not there).

A generator upgrade (docs/architecture.md, "Template deltas and generator upgrades") that changes these objects
is fixed in this file; ``make check-generated`` then shows whether the output moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.strings import safe_for_docstring

#: The keyword names a generated resource method takes besides the operation's own parameters: a JSON
#: body whose fields collide with one of them (or with a path or query parameter) stays one ``body=``.
#: (``options`` and ``request`` are local names of every method).
METHOD_NAMES = ("self", "wait", "wait_timeout", "on_progress", "timeout", "extra_headers", "body", "options", "request")
#: Where the resource classes (``api/<tag>/__init__.py``) import models from.
MODELS_PREFIX = "..."


@dataclass(frozen=True)
class Argument:
    """One keyword argument of a resource method: a path or query parameter, or a field of a flattened body.

    Attributes:
        python_name: the argument's name.
        attr: the body model's attribute it sets (flattened body fields; else ``python_name``).
        declaration: ``name: type`` as the generator writes a required path parameter.
        type: the type the argument accepts (plain values too: ``plain_values.jinja``'s ``parameter_type``).
        default: the spec's default as Python code, or None.
        required: the spec requires it.
        doc: its ``Args:`` entry, safe for a docstring.
        coerce: a statement converting a plain value to the enum member before the request is built, or "".
    """

    python_name: str
    attr: str
    declaration: str
    type: str
    default: str | None
    required: bool
    doc: str
    coerce: str


@dataclass(frozen=True)
class Operation:
    """One operation of the group, as its resource method needs it.

    Attributes:
        operation_id: the spec's operationId (also the name of its request-builder module).
        method_name: the client method's name (the operationId without ``<tag>_``).
        summary: the docstring's first line (the summary, else the operationId), safe for a docstring.
        description: the spec's description, safe for a docstring ("" for none).
        http: ``METHOD /path``, safe for a docstring.
        result: the success body's type (``Service``, ``ServiceList``), ``None`` for no body.
        parser: the typed parser the runtime calls (``Service.from_dict`` or ``no_content``).
        item: the list envelope's item type for a list operation (``Service``), else "".
        starts_action: a 202 answer with a body: the method returns a ``StartedAction``.
        path: path parameters, in template order.
        str_path: every path parameter is a string: those after the first may be omitted (a resource URI
            given as the first argument holds them).
        query: query parameters.
        body_fields: the JSON body's fields, flattened into keyword arguments (empty when not flattened).
        body_class: the body model that the flattened fields build, or "".
        body_type: the type of a body passed whole as ``body=``, or "" (none, or flattened).
        body_required: that whole body is required.
    """

    operation_id: str
    method_name: str
    summary: str
    description: str
    http: str
    result: str
    parser: str
    item: str
    starts_action: bool
    path: tuple[Argument, ...]
    str_path: bool
    query: tuple[Argument, ...]
    body_fields: tuple[Argument, ...]
    body_class: str
    body_type: str
    body_required: bool


@dataclass(frozen=True)
class Find:
    """The group's ``find(identifier)``, offered where its list filters by UUID prefix (``uuid__startswith``).

    Attributes:
        kind: the object's name in messages and docs (``node cluster``).
        list_path: the list operation's path.
        by_name: the list filters by ``name``.
        stack_filter: the list's keyword filtering by stack name (``stack_name``, ``service_stack_name``), or "".
        item: the type ``find`` returns (the list's item).
    """

    kind: str
    list_path: str
    by_name: bool
    stack_filter: str
    item: str


@dataclass(frozen=True)
class ResourceGroup:
    """One tag of the spec: what ``api/<tag>/__init__.py`` is written from.

    Attributes:
        tag: the spec's tag (the client's attribute name).
        class_name: the resource class name (``NodeClusters``).
        imports: the model import lines the methods' signatures need, sorted.
        operations: the tag's operations in spec order.
        find: the group's ``find`` (it has a list filtering by UUID prefix and a get), or None.
    """

    tag: str
    class_name: str
    imports: tuple[str, ...]
    operations: tuple[Operation, ...]
    find: Find | None


def resource_group(collection: EndpointCollection, macros: Any) -> ResourceGroup:
    """The facts ``endpoint_init.py.jinja`` writes one tag's resource classes from.

    Args:
        collection: the generator's parsed operations of one tag.
        macros: the module of ``plain_values.jinja`` (its ``attr``, ``parameter_type`` and
            ``coerce_parameter`` macros, shared with the model template).
    """
    tag = collection.tag
    imports: set[str] = set()
    operations = []
    for endpoint in collection.endpoints:
        # The models a method's signature names: the operation module's, a list page's fields (its
        # ``_<operation>_objects`` helper), a body's fields (flattened into keyword arguments).
        imports |= endpoint.relative_imports
        if endpoint.name == f"{tag}_list":
            for response in endpoint.responses.patterns:
                imports |= _field_imports(response.prop)
        for body in endpoint.bodies:
            imports |= _field_imports(body.prop)
        only = endpoint.bodies[0].prop if len(endpoint.bodies) == 1 else None
        flat = only if isinstance(only, ModelProperty) and _flattens(endpoint, only) else None
        operations.append(_operation(tag, endpoint, _list_item(endpoint), flat, macros))
    return ResourceGroup(
        tag=tag,
        class_name="".join(part.capitalize() for part in tag.split("_")),
        imports=tuple(sorted(imports)),
        operations=tuple(operations),
        find=_find(tag, collection),
    )


def _find(tag: str, collection: EndpointCollection) -> Find | None:
    """How the group's ``find`` searches, from its list operation's query parameters (the spec is the only list).

    The docker-cloud CLI looked objects up through the list filters ``uuid__startswith``, ``name`` and the
    stack-name lookups, which the spec carries (inferred, ``x-dockercloud-inferred``) where the service had them.
    """
    endpoints = {str(endpoint.name): endpoint for endpoint in collection.endpoints}
    lister, getter = endpoints.get(f"{tag}_list"), endpoints.get(f"{tag}_get")
    if lister is None or getter is None:
        return None
    filters = {p.name.get_untrusted_value(): str(p.python_name) for p in lister.query_parameters}
    if "uuid__startswith" not in filters:
        return None
    stack = [python_name for name, python_name in filters.items() if name.endswith("stack__name")]
    return Find(
        kind=tag.removesuffix("s").replace("_", " "),
        list_path=lister.path.get_untrusted_value(),
        by_name="name" in filters,
        stack_filter=stack[0] if stack else "",
        item=_list_item(lister),
    )


def _operation(tag: str, endpoint: Endpoint, item: str, flat: ModelProperty | None, macros: Any) -> Operation:
    success = _success(endpoint)
    result = "None" if success is None else _code(success.get_type_string())
    statuses = [r.status_code.range[0] for r in endpoint.responses.patterns if r.status_code.range]
    body = endpoint.bodies[0].prop if len(endpoint.bodies) == 1 else None
    path = tuple(_argument(p, macros) for p in endpoint.path_parameters)
    return Operation(
        operation_id=str(endpoint.name),
        method_name=str(endpoint.name)[len(tag) + 1 :],
        summary=safe_for_docstring(endpoint.summary or endpoint.name),
        description=safe_for_docstring(endpoint.description) if endpoint.description else "",
        http=f"{endpoint.method.upper()} {safe_for_docstring(endpoint.path)}",
        result=result,
        parser="no_content" if result == "None" else f"{result}.from_dict",
        item=item,
        starts_action=202 in statuses and result != "None",
        path=path,
        str_path=all(a.type == "str" for a in path),
        query=tuple(_argument(p, macros) for p in endpoint.query_parameters),
        body_fields=() if flat is None else tuple(_argument(p, macros) for p in _fields(flat)),
        body_class="" if flat is None else flat.class_info.name,
        body_type="" if body is None or flat is not None else _code(body.get_type_string()),
        body_required=body is not None and body.required,
    )


def _argument(prop: Property, macros: Any) -> Argument:
    return Argument(
        python_name=str(prop.python_name),
        attr=str(macros.attr(prop)),
        declaration=_code(prop.to_string()),
        type=str(macros.parameter_type(prop)),
        default=None if prop.default is None else _code(prop.default.python_code),
        required=prop.required,
        doc=safe_for_docstring(prop.to_docstring()),
        coerce=str(macros.coerce_parameter(prop)),
    )


def _success(endpoint: Endpoint) -> Property | None:
    """The first 2xx response's body property; None for none or 204."""
    for response in endpoint.responses.patterns:
        low = response.status_code.range[0] if response.status_code.range else 0
        if 200 <= low < 300:
            return None if low == 204 else response.prop
    return None


def _list_item(endpoint: Endpoint) -> str:
    """The item type of a ``<tag>_list`` operation's ``objects``, else ""."""
    if not str(endpoint.name).endswith("_list"):
        return ""
    for response in endpoint.responses.patterns:
        if (
            response.status_code.range
            and response.status_code.range[0] == 200
            and isinstance(response.prop, ModelProperty)
        ):
            for prop in _fields(response.prop):
                if prop.name == "objects" and isinstance(prop, ListProperty):
                    return _code(prop.inner_property.get_type_string())
    return ""


def _flattens(endpoint: Endpoint, body: ModelProperty) -> bool:
    """A JSON object body becomes keyword arguments unless a field name collides with another argument."""
    if endpoint.bodies[0].body_type != "json":
        return False
    taken = set(METHOD_NAMES)
    taken |= {str(p.python_name) for p in [*endpoint.path_parameters, *endpoint.query_parameters]}
    return not any(str(p.python_name) in taken for p in _fields(body))


def _fields(model: Property | None) -> list[Property]:
    if not isinstance(model, ModelProperty):
        return []
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _field_imports(model: Property | None) -> set[str]:
    found: set[str] = set()
    for prop in _fields(model):
        found |= prop.get_imports(prefix=MODELS_PREFIX) | prop.get_lazy_imports(prefix=MODELS_PREFIX)
    return found


def _code(code: Any) -> str:
    """Python code from the generator's ``PythonCode`` (its ``as_unembedded_code`` filter)."""
    return str(code.as_unembedded_code())
