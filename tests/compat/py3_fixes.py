"""The minimal Python 2 -> 3 fixes python-dockercloud 1.0.12 needs, applied to its modules at test time.

The SDK was written for Python 2 (its Dockerfile is ``python:2.7``). Nothing else of it is changed:
each fix below replaces one Python-2-only name inside one SDK module, and :func:`apply` is the only
place they happen. Without them, on Python 3:

1. ``dockercloud.api.http.send_request`` encodes the path to bytes before ``urljoin(rest_host, path)``:
   every REST call fails with ``TypeError: Cannot mix str and non-str arguments``.
   Fix: that module's ``urljoin`` decodes a bytes path first.
2. ``dockercloud.api.auth`` builds Basic credentials with ``base64.b64encode("user:key")`` on a
   ``str``: ``TypeError: a bytes-like object is required, not 'str'``. ``get_auth_header`` swallows
   it in a bare ``except`` and sends no ``Authorization`` at all (every call then raises
   ``AuthError: Not authorized``); ``authenticate()`` raises it.
   Fix: that module's ``base64.b64encode`` takes and returns text.
3. ``dockercloud.api.base.Exec`` quotes the command with ``urllib.quote_plus``:
   ``AttributeError: module 'urllib' has no attribute 'quote_plus'`` (Python 3 moved it to
   ``urllib.parse``). Fix: that module's ``urllib`` name offers ``quote_plus``.
4. ``dockercloud.api.utils.Utils.fetch_by_resource_uri`` checks ``isinstance(uri, basestring)``:
   ``NameError: name 'basestring' is not defined``. Fix: that module gets ``basestring = str``.

One more, for its dependency rather than the SDK: it requires ``future<1``, whose
``future.standard_library`` runs ``import imp`` at import time, a module Python 3.12 removed
(``ModuleNotFoundError: No module named 'imp'``); it calls ``imp`` only inside import hooks the SDK
never installs. Fix: :func:`provide_imp` registers an empty ``imp`` module where there is none.

``tests/compat/test_python_sdk.py::test_python3_fixes_are_needed`` shows each error happening
without its fix, so none of them is kept without a reason.
"""

from __future__ import annotations

import base64
import importlib.util
import sys
import urllib.parse
from types import ModuleType, SimpleNamespace
from typing import Any


def _urljoin(base: str, url: str | bytes) -> str:
    return urllib.parse.urljoin(base, url.decode("ascii") if isinstance(url, bytes) else url)


def _b64encode(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return base64.b64encode(data).decode("ascii")


#: (SDK module, name in it, Python 3 replacement), in the order of the docstring
FIXES: tuple[tuple[str, str, Any], ...] = (
    ("dockercloud.api.http", "urljoin", _urljoin),
    ("dockercloud.api.auth", "base64", SimpleNamespace(b64encode=_b64encode)),
    ("dockercloud.api.base", "urllib", SimpleNamespace(quote_plus=urllib.parse.quote_plus)),
    ("dockercloud.api.utils", "basestring", str),
)


def provide_imp() -> None:
    """Register an empty ``imp`` module on Pythons without one (3.12+), before ``future`` is imported."""
    if "imp" not in sys.modules and importlib.util.find_spec("imp") is None:
        sys.modules.setdefault("imp", ModuleType("imp", "empty stand-in: future<1 imports imp (removed in 3.12)"))


def apply(modules: dict[str, ModuleType]) -> dict[str, Any]:
    """Apply every fix to the imported SDK ``modules``; returns the replaced originals (for undo)."""
    originals: dict[str, Any] = {}
    for module, name, replacement in FIXES:
        originals[f"{module}.{name}"] = getattr(modules[module], name, None)
        setattr(modules[module], name, replacement)
    return originals


def undo(modules: dict[str, ModuleType], originals: dict[str, Any]) -> None:
    """Put back what :func:`apply` replaced (a name that did not exist is removed)."""
    for module, name, _ in FIXES:
        original = originals[f"{module}.{name}"]
        if original is None:
            delattr(modules[module], name)
        else:
            setattr(modules[module], name, original)
