"""How the generated models decode JSON: the Python logic their template calls (docs/architecture.md, "Decoding").

This file is plain Python, linted and type-checked as it stands; ``generator/regen.py`` copies it into the
generated package beside ``types.py``. The model template (``generator/templates/model.py.jinja``) writes,
per model, only a *fill* function from the spec's field table (one type check and one store per attribute)
and hands it to :class:`Decoding`, which builds instances three ways:

* ``now(data)``: decode and fill at once (``Model.from_dict``, nested objects);
* ``later(items, key)``: a list of *lazy* objects for the resource objects of a list page. Each keeps its
  JSON object and is filled, completely and by the same fill function, on its first attribute access; a
  page that is only counted, filtered by one attribute or passed on costs little more than parsing it.
  A present attribute of the wrong JSON type then raises at that first access: the error the client set
  with :func:`lazy_errors` (``ResponseValidationError``), else :class:`DecodeError`.

Why private subclasses: attrs runs converters in ``__setattr__`` (plain values in), which costs ~0.7 µs per
store. An instance is filled while its class is a private subclass with the plain ``object.__setattr__``
(``_Filling<Model>``), then its ``__class__`` is set to the model itself, so users only ever hold model
instances; a lazy one is a ``_Lazy<Model>`` until first touched (``isinstance(obj, Model)`` holds throughout).
"""

from __future__ import annotations

import datetime
import json
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from operator import itemgetter
from typing import Any, Generic, TypeVar

import orjson

from ._timestamps import parse_timestamp
from .types import UNSET, DecodeError


def parse_json(body: bytes | str) -> Any:
    """A response body decoded from JSON with orjson (0.85x json.loads on a list page, bench/decode.py).

    What orjson refuses but json accepts (NaN, invalid UTF-8 read with replacement
    characters) decodes as json decodes it: a tolerant reader. Raises ValueError when neither can read it.
    """
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        return json.loads(text)


T = TypeVar("T")
E = TypeVar("E", bound=Enum)

#: The exception a lazy object raises for a DecodeError, set by the client around each parse.
_ERROR_FACTORY: ContextVar[Callable[[DecodeError], Exception] | None] = ContextVar("_ERROR_FACTORY", default=None)
_new = object.__new__
_set_class = object.__setattr__


@contextmanager
def lazy_errors(factory: Callable[[DecodeError], Exception]) -> Iterator[None]:
    """Lazy objects created inside this block raise ``factory(error)`` when their JSON turns out invalid.

    The client wraps each parse in it, so a wrong type found at first access raises the same
    ``ResponseValidationError`` (operation, status, URL and attribute path) as one found while parsing.
    """
    token = _ERROR_FACTORY.set(factory)
    try:
        yield
    finally:
        _ERROR_FACTORY.reset(token)


class Decoding(Generic[T]):
    """Builds instances of one generated model class from JSON objects with its generated fill function.

    Args:
        cls: the model class (an attrs class with the private slots ``_raw`` and ``additional_properties``).
        fill: stores every attribute of an instance from a JSON object; raises DecodeError naming the attribute.
    """

    __slots__ = ("_filling", "_get_raw", "_guarded", "_lazy", "_set_raw", "cls", "fill")

    def __init__(self, cls: type[T], fill: Callable[[T, Mapping[str, Any]], None]) -> None:
        self.cls = cls
        self.fill = fill
        fast_stores = cls.__setattr__ is object.__setattr__
        self._filling: type[T] = cls if fast_stores else _subclass(cls, "_Filling", {"__setattr__": object.__setattr__})
        self._lazy: type[T] = _subclass(cls, "_Lazy", _lazy_methods(self))
        self._guarded: type[T] = _subclass(
            cls, "_Filling", {"__setattr__": object.__setattr__, "__getattribute__": _after_fill}
        )
        self._set_raw: Callable[[T, Any], None] = cls.__dict__["_raw"].__set__
        self._get_raw: Callable[[T], Any] = cls.__dict__["_raw"].__get__

    def now(self, data: Mapping[str, Any]) -> T:
        """A filled instance (raises DecodeError)."""
        instance: T = _new(self._filling)
        self.fill(instance, data)
        if self._filling is not self.cls:
            _set_class(instance, "__class__", self.cls)
        return instance

    def each(self, items: list[Any], key: str) -> list[T]:
        """Filled instances of the JSON objects of the list attribute ``key`` (raises DecodeError)."""
        # now() inlined: nested lists (ports, bindings, tags, ...) are most of the objects of a page.
        filling, fill, cls = self._filling, self.fill, self.cls
        out: list[T] = []
        for index, item in enumerate(items):
            if type(item) is not dict:
                raise DecodeError(index, "object", item).inside(key)
            instance: T = _new(filling)
            try:
                fill(instance, item)
            except DecodeError as exc:
                raise exc.inside(index).inside(key) from None
            if filling is not cls:
                _set_class(instance, "__class__", cls)
            out.append(instance)
        return out

    def later(self, items: list[Any], key: str) -> list[T]:
        """Lazy instances of the JSON objects of the list attribute ``key``; each is filled on first access."""
        factory = _ERROR_FACTORY.get()
        lazy, set_raw = self._lazy, self._set_raw
        out: list[T] = []
        for index, item in enumerate(items):
            if type(item) is not dict:
                raise DecodeError(index, "object", item).inside(key)
            instance: T = _new(lazy)
            set_raw(instance, (item, key, index, factory))
            out.append(instance)
        return out

    def _materialize(self, instance: Any) -> None:
        """Fill a lazy instance from the JSON it kept, and make it a plain model instance.

        Under a lock, and while filling its class reads through the same lock: another thread that uses the
        object meanwhile waits for the values instead of finding empty slots.
        """
        with _FILL_LOCK:
            if type(instance) is not self._lazy:  # another thread filled it while this one waited
                return
            state = self._get_raw(instance)
            if state is None:  # built by attrs.evolve() from a filled one: nothing to fill
                _set_class(instance, "__class__", self.cls)
                return
            data, key, index, factory = state
            _set_class(instance, "__class__", self._guarded)
            try:
                self.fill(instance, data)
            except DecodeError as exc:
                _set_class(instance, "__class__", self._lazy)  # stays lazy: every access raises the same error
                exc.inside(index).inside(key)
                if factory is None:
                    raise
                raise factory(exc) from exc
            _set_class(instance, "__class__", self.cls)


_FILL_LOCK = threading.Lock()


def _after_fill(self: Any, name: str) -> Any:
    """Attribute access on an object being filled from another thread: wait until it is filled."""
    if name[:2] != "__":
        with _FILL_LOCK:
            pass
    return object.__getattribute__(self, name)


def _subclass(cls: type[T], prefix: str, namespace: dict[str, Any]) -> type[T]:
    # Same slots, so instances can move between the model and these classes with __class__ assignment.
    return type(f"{prefix}{cls.__name__}", (cls,), {"__slots__": (), "__module__": cls.__module__, **namespace})


def _lazy_methods(decoding: Decoding[Any]) -> dict[str, Any]:
    """The methods of a lazy class: any use of the object fills it first, then acts on the model."""
    materialize = decoding._materialize

    def __getattribute__(self: Any, name: str) -> Any:
        # Any attribute but the special ones fills the object first; its class is then the model, whose own
        # attribute access is the plain, fast one. (Cheaper than __getattr__, which an AttributeError precedes.)
        if name[:2] != "__":
            materialize(self)
        return object.__getattribute__(self, name)

    def __setattr__(self: Any, name: str, value: Any) -> None:
        materialize(self)
        setattr(self, name, value)

    def __delattr__(self: Any, name: str) -> None:
        materialize(self)
        delattr(self, name)

    def __eq__(self: Any, other: object) -> bool:
        materialize(self)
        return bool(self == other)

    def __ne__(self: Any, other: object) -> bool:
        materialize(self)
        return bool(self != other)

    def __reduce_ex__(self: Any, protocol: Any) -> Any:  # pickle and copy: as the model, never as this class
        materialize(self)
        return self.__reduce_ex__(protocol)

    return {
        "__reduce_ex__": __reduce_ex__,
        "__getattribute__": __getattribute__,
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__eq__": __eq__,
        "__ne__": __ne__,
        "__hash__": None,
    }


#: The result of shape() for one key layout: the unknown keys, and the known attributes absent.
Shape = tuple[tuple[str, ...], tuple[str, ...]]


def shape(
    layout: tuple[str, ...], known: frozenset[str], order: Mapping[str, int], shapes: dict[tuple[str, ...], Shape]
) -> Shape:
    """Which keys of a JSON object with these keys (in this order) are unknown, and which known ones it lacks.

    Remembered per layout in ``shapes`` (bounded): the objects of one response, and of one server, come
    with their keys in the same order, so an object whose keys are not exactly the documented ones (an
    event frame without ``data``, an attribute the spec does not know) costs one tuple lookup instead of a
    pass over its keys. Big objects look up every layout this way.
    """
    extra = tuple(key for key in layout if key not in known)
    found = (extra, tuple(sorted(known.difference(layout), key=order.__getitem__)))
    if len(shapes) < _PATTERNS:
        shapes[layout] = found
    return found


#: The result of plan() for one key layout: a function taking the object's values in layout order followed by
#: one None and returning them in the model's attribute order (None for an absent key); the unknown keys; the
#: known attributes absent.
Plan = tuple[Callable[[Sequence[Any]], tuple[Any, ...]], tuple[str, ...], tuple[str, ...]]


def plan(
    layout: tuple[str, ...], keys: tuple[str, ...], order: Mapping[str, int], plans: dict[tuple[str, ...], Plan]
) -> Plan:
    """How to read a big JSON object with these keys (in this order): where each attribute's value is.

    Remembered per layout in ``plans`` (bounded), like :func:`shape`: the objects of a page share a layout, so a
    big object's values come out of ``(*d.values(), None)`` with one C call (``itemgetter``) instead of one
    hashed ``d.get`` per attribute.
    """
    position = {key: index for index, key in enumerate(layout)}
    absent_at = len(layout)  # the None appended after the values
    indices = [position.get(key, absent_at) for key in keys]
    getter = itemgetter(*indices) if len(indices) > 1 else lambda values: (values[indices[0]],)
    extra, absent = shape(layout, frozenset(keys), order, {})
    found: Plan = (getter, extra, absent)
    if len(plans) < _PATTERNS:
        plans[layout] = found
    return found


NoneType = type(None)
#: How many type patterns check_types remembers per model (real pages show a handful: which attributes are null).
_PATTERNS = 256


def check_types(
    data: Mapping[str, Any],
    values: Sequence[Any],
    checks: tuple[tuple[str, tuple[type, ...] | None, str, bool], ...],
    checked: set[tuple[type, ...]],
) -> None:
    """Check the JSON types of a big object's values (``values[i]`` is ``data.get(checks[i][0])``) at once.

    A pattern of types that passes is remembered in ``checked``, so the next object with the same pattern
    (the common case: a page's objects differ in values, rarely in which attributes are null) skips this.

    Raises:
        DecodeError: the first value of a type the spec does not allow there, or a required one missing.
    """
    for (key, allowed, expected, required), value in zip(checks, values, strict=True):
        if allowed is not None and type(value) not in allowed:
            if required and key not in data:
                raise DecodeError(key, "a value", UNSET)
            raise DecodeError(key, expected, value)
    if len(checked) < _PATTERNS:
        checked.add(tuple(map(type, values)))


#: For the generated check ``ONLY_STR.issuperset(map(type, items))`` of a JSON array that must hold strings.
ONLY_STR, ONLY_INT, ONLY_BOOL = frozenset({str}), frozenset({int}), frozenset({bool})
_SCALAR_NAMES = {str: "string", int: "integer", bool: "boolean"}


def scalars(items: Any, kind: type[Any], key: str) -> Any:
    """``items`` if it is a JSON array of ``kind`` (str, int or bool; ``true`` is not an integer)."""
    if type(items) is not list:
        raise DecodeError(key, "array", items)
    for index, item in enumerate(items):
        if type(item) is not kind:
            raise DecodeError(index, _SCALAR_NAMES[kind], item).inside(key)
    return items


def member(cls: type[E], value: str) -> E:
    """The enum member of a JSON string; an unknown value becomes the enum's ``UNKNOWN`` pseudo-member."""
    found = cls._value2member_map_.get(value)
    return found if found is not None else cls(value)  # type: ignore[return-value]


def members(cls: type[E], items: Any, key: str) -> list[E]:
    """The enum members of a JSON array of strings."""
    return [member(cls, item) for item in scalars(items, str, key)]


def timestamp(value: Any, key: str | int) -> datetime.datetime:
    """An aware datetime from a JSON timestamp (RFC 1123 or ISO 8601); raises DecodeError naming ``key``."""
    if type(value) is not str:
        raise DecodeError(key, "timestamp", value)
    try:
        return parse_timestamp(value)
    except ValueError:
        raise DecodeError(key, "RFC 1123 or ISO 8601 timestamp", value) from None


def timestamps(items: Any, key: str) -> list[datetime.datetime]:
    """Aware datetimes from a JSON array of timestamps."""
    if type(items) is not list:
        raise DecodeError(key, "array", items)
    try:
        return [timestamp(item, index) for index, item in enumerate(items)]
    except DecodeError as exc:
        raise exc.inside(key) from None


__all__ = [
    "UNSET",
    "Decoding",
    "lazy_errors",
    "parse_json",
    "plan",
    "member",
    "members",
    "scalars",
    "timestamp",
    "timestamps",
]
