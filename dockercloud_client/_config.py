"""Settings resolved at client construction: credentials, hosts, proxy, namespace, user agent.

Nothing here runs at import time. Every function takes the environment as an explicit mapping
(``os.environ`` by default, a plain dict in tests) and, for ``config.json``, an explicit home folder.
"""

from __future__ import annotations

import base64
import json
import math
import os
import platform
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ._headers import unsendable_character
from ._identifiers import check_segment
from .errors import ConfigurationError, CredentialsError, InvalidValueError

DEFAULT_REST_HOST = "https://cloud.docker.com"
DEFAULT_STREAM_HOST = "wss://ws.cloud.docker.com"
#: The ``auths`` / credential-helper key of Docker Hub, whose credentials Docker Cloud accepts.
DOCKER_HUB_INDEX = "https://index.docker.io/v1/"
#: Default timeouts: 10 s to connect, 60 s for every read, write and pool wait.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def checked_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """The REST timeouts for ``timeout=`` (of the client, ``with_options`` or one call).

    None is the default (:data:`DEFAULT_TIMEOUT`), ``math.inf`` no limit (as for streams); every other
    number, and each part of an ``httpx.Timeout``, must be positive seconds.

    Raises:
        InvalidValueError: NaN, zero, a negative number or not a number (sockets failed on them
            later, with a bare ``ValueError`` or ``OverflowError``, or a connection error for 0).
    """
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        parts = value.as_dict()
        return httpx.Timeout(**{name: _seconds(part, f"timeout.{name}") for name, part in parts.items()})
    return httpx.Timeout(_seconds(value, "timeout"))


def _seconds(value: object, argument: str) -> float | None:
    """``value`` as a timeout of httpx: positive seconds, or None for no limit (None or infinity)."""
    if value is None:
        return None
    seconds = checked_seconds(value, argument)
    return None if math.isinf(seconds) else seconds


def checked_seconds(value: object, argument: str, *, zero: bool = False) -> float:
    """``value`` as seconds: above 0 (or 0 too, if ``zero``), ``math.inf`` meaning no limit.

    Raises:
        InvalidValueError: NaN (every comparison with it is false, so a wait bounded by it never ended),
            a number too small, or not a number.
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or not (value >= 0 if zero else value > 0):
        lowest = "0 or more" if zero else "positive"
        message = f"{argument} must be {lowest} seconds, or math.inf for no limit; got {value!r}"
        raise InvalidValueError(message, argument=argument, value=value)
    return float(value)


#: How long a ``docker-credential-<name> get`` may run.
DEFAULT_CREDENTIAL_HELPER_TIMEOUT = 10.0


@dataclass(frozen=True)
class Credentials:
    """A resolved ``Authorization`` value and where it came from.

    The value never appears in ``repr``/``str``.

    Attributes:
        authorization: the complete ``Authorization`` header value (``Basic ...``).
        source: where it was found, e.g. ``"DOCKERCLOUD_AUTH"`` (safe to show).
        user: the user name when known.
    """

    authorization: str = field(repr=False)
    source: str
    user: str | None = None

    def __repr__(self) -> str:
        return f"Credentials(source={self.source!r}, user={self.user!r}, authorization='***')"

    __str__ = __repr__


def basic_authorization(user: str, secret: str) -> str:
    """The ``Authorization`` value for HTTP Basic with ``user`` and ``secret`` (UTF-8, as RFC 7617 allows).

    Raises:
        CredentialsError: one of them holds a lone surrogate (bytes that were not UTF-8, read with
            ``surrogateescape``), which UTF-8 cannot carry; the message does not show them.
    """
    try:
        pair = f"{user}:{secret}".encode()
    except UnicodeEncodeError:
        raise CredentialsError("the user name or API key is not valid text (it holds a lone surrogate)") from None
    return "Basic " + base64.b64encode(pair).decode("ascii")


def resolve_credentials(
    *,
    user: str | None = None,
    apikey: str | None = None,
    password: str | None = None,
    auth: str | None = None,
    environ: Mapping[str, str],
    home: Path | None = None,
    helper_timeout: float = DEFAULT_CREDENTIAL_HELPER_TIMEOUT,
) -> Credentials:
    """Find the credentials; the first complete source wins.

    1. Arguments: ``auth`` (a ready ``Authorization`` value, used verbatim), else ``user`` with
       ``apikey`` (preferred) or ``password``. Incomplete arguments are an error, not a fallthrough.
    2. ``DOCKERCLOUD_AUTH``: a complete ``Authorization`` value, used verbatim (Docker Cloud
       injects it into containers of services with an API role).
    3. ``DOCKERCLOUD_USER`` with ``DOCKERCLOUD_APIKEY`` (preferred) or ``DOCKERCLOUD_PASS``.
    4. ``config.json`` of the Docker CLI (``$DOCKER_CONFIG/config.json``, else
       ``<home>/.docker/config.json``): first a credential helper (``credHelpers`` entry for
       ``https://index.docker.io/v1/``, else ``credsStore``) run as
       ``docker-credential-<name> get`` if that program is on ``PATH``, bounded by
       ``helper_timeout``; then the ``auths["https://index.docker.io/v1/"].auth`` entry.

    Args:
        user: Docker ID.
        apikey: API key of ``user``.
        password: password of ``user``.
        auth: a complete ``Authorization`` header value.
        environ: the environment to read.
        home: the home folder holding ``.docker/config.json`` (default: the current user's).
        helper_timeout: seconds a credential helper may run.

    Returns:
        The credentials.

    Raises:
        CredentialsError: nothing usable was found; the message names every place looked at.
    """
    if auth:
        return Credentials(authorization=_sendable(auth, "the argument auth"), source="argument auth", user=user)
    secret_argument = apikey or password
    if user and secret_argument:
        source = "arguments user+apikey" if apikey else "arguments user+password"
        return Credentials(authorization=basic_authorization(user, secret_argument), source=source, user=user)
    if user or secret_argument:
        given = "user" if user else ("apikey" if apikey else "password")
        raise CredentialsError(
            f"incomplete credentials: the argument {given!r} needs its partner (user with apikey or password)"
        )

    looked_at: list[str] = []
    env_auth = environ.get("DOCKERCLOUD_AUTH")
    if env_auth:
        return Credentials(authorization=_sendable(env_auth, "DOCKERCLOUD_AUTH"), source="DOCKERCLOUD_AUTH")
    looked_at.append("DOCKERCLOUD_AUTH: not set")

    env_user = environ.get("DOCKERCLOUD_USER")
    env_apikey = environ.get("DOCKERCLOUD_APIKEY")
    env_password = environ.get("DOCKERCLOUD_PASS")
    if env_user and (env_apikey or env_password):
        source = "DOCKERCLOUD_USER+DOCKERCLOUD_APIKEY" if env_apikey else "DOCKERCLOUD_USER+DOCKERCLOUD_PASS"
        secret = env_apikey or env_password or ""
        return Credentials(authorization=basic_authorization(env_user, secret), source=source, user=env_user)
    looked_at.append(
        "DOCKERCLOUD_USER + DOCKERCLOUD_APIKEY / DOCKERCLOUD_PASS: "
        + ", ".join(
            f"{name} {'set' if environ.get(name) else 'not set'}"
            for name in ("DOCKERCLOUD_USER", "DOCKERCLOUD_APIKEY", "DOCKERCLOUD_PASS")
        )
    )

    found = _from_docker_config(environ=environ, home=home, helper_timeout=helper_timeout, looked_at=looked_at)
    if found is not None:
        return found
    raise CredentialsError("no Docker Cloud credentials found; looked at:", tuple(looked_at))


def _sendable(authorization: str, source: str) -> str:
    """``authorization`` if it can be sent as a header; else an error naming ``source`` (never the value)."""
    bad = unsendable_character(authorization)
    if bad is not None:
        raise CredentialsError(
            f"{source} cannot be sent as an Authorization header: it holds {bad} (a header value is printable ASCII)"
        )
    return authorization


def docker_config_path(environ: Mapping[str, str], home: Path | None = None) -> Path:
    """Where the Docker CLI keeps ``config.json``.

    Reads ``DOCKER_CONFIG`` (a folder, as the Docker CLI does); otherwise ``<home>/.docker``.
    """
    folder = environ.get("DOCKER_CONFIG")
    if folder:
        return Path(folder) / "config.json"
    return (home if home is not None else Path.home()) / ".docker" / "config.json"


def _from_docker_config(
    *, environ: Mapping[str, str], home: Path | None, helper_timeout: float, looked_at: list[str]
) -> Credentials | None:
    path = docker_config_path(environ, home)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        looked_at.append(f"{path}: no such file")
        return None
    except (OSError, ValueError) as exc:
        looked_at.append(f"{path}: unreadable ({type(exc).__name__})")
        return None
    if not isinstance(data, dict):
        looked_at.append(f"{path}: not a JSON object")
        return None

    helpers = data.get("credHelpers")
    helper = helpers.get(DOCKER_HUB_INDEX) if isinstance(helpers, dict) else None
    if not isinstance(helper, str) or not helper:
        helper = data.get("credsStore")
    if isinstance(helper, str) and helper:
        found = _from_credential_helper(helper, environ=environ, timeout=helper_timeout, looked_at=looked_at)
        if found is not None:
            return found

    auths = data.get("auths")
    entry = auths.get(DOCKER_HUB_INDEX) if isinstance(auths, dict) else None
    encoded = entry.get("auth") if isinstance(entry, dict) else None
    if isinstance(encoded, str) and encoded:
        user: str | None = None
        try:
            user = base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")[0] or None
        except ValueError:
            looked_at.append(f"{path}: auths[{DOCKER_HUB_INDEX!r}].auth is not base64")
            return None
        return Credentials(authorization=f"Basic {encoded}", source=f"{path} auths", user=user)
    looked_at.append(f"{path}: no auths entry for {DOCKER_HUB_INDEX}")
    return None


def _from_credential_helper(
    name: str, *, environ: Mapping[str, str], timeout: float, looked_at: list[str]
) -> Credentials | None:
    program = f"docker-credential-{name}"
    where = f"credential helper {program}"
    executable = shutil.which(program, path=environ.get("PATH", os.defpath))
    if executable is None:
        looked_at.append(f"{where}: not found on PATH")
        return None
    try:
        completed = subprocess.run(
            [executable, "get"],
            input=DOCKER_HUB_INDEX,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=dict(environ),
            check=False,
        )
    except subprocess.TimeoutExpired:
        looked_at.append(f"{where}: timed out after {timeout:g} s")
        return None
    except OSError as exc:
        looked_at.append(f"{where}: could not run ({type(exc).__name__})")
        return None
    if completed.returncode != 0:
        # The helper's output can echo what it was given; report only the exit status.
        looked_at.append(f"{where}: exited with status {completed.returncode} (no entry for {DOCKER_HUB_INDEX}?)")
        return None
    try:
        answer = json.loads(completed.stdout)
        user, secret = answer["Username"], answer["Secret"]
    except (ValueError, KeyError, TypeError):
        looked_at.append(f"{where}: answer is not JSON with Username and Secret")
        return None
    if not (isinstance(user, str) and isinstance(secret, str) and user and secret):
        looked_at.append(f"{where}: empty Username or Secret")
        return None
    return Credentials(authorization=basic_authorization(user, secret), source=where, user=user)


def resolve_rest_host(value: str | None, environ: Mapping[str, str]) -> str:
    """The REST base URL (scheme, host, optional port and path prefix, no trailing slash).

    Reads ``DOCKERCLOUD_REST_HOST`` when ``value`` is None; default ``https://cloud.docker.com``.
    A trailing ``/`` or ``/api`` (the Go SDK's ``BaseUrl`` form) is dropped.

    Raises:
        ConfigurationError: the value has no ``http://`` or ``https://`` scheme.
    """
    name = "rest_host"
    if value is None:
        value, name = environ.get("DOCKERCLOUD_REST_HOST") or None, "DOCKERCLOUD_REST_HOST"
    if value is None:
        return DEFAULT_REST_HOST
    url = _normalise_url(value, name, ("http", "https"))
    if url.endswith("/api"):
        url = url[: -len("/api")]
    return url


def resolve_proxy(url: str, environ: Mapping[str, str]) -> str | None:
    """The proxy for requests to ``url``, from the environment variables curl, requests and httpx read.

    ``<scheme>_proxy`` (``https_proxy`` for an ``https`` URL), then ``all_proxy``; each in lower case
    first, then upper case. ``no_proxy`` (a comma-separated list of hosts or domain suffixes, ``*``
    for every host) turns it off for the hosts it names. The REST host is fixed per client, so this is
    decided once, at construction.

    Returns:
        The proxy URL (it may carry credentials: never log it), or None for a direct connection.
    """

    def variable(name: str) -> str:
        return (environ.get(name) or environ.get(name.upper()) or "").strip()

    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = str(parts.port or {"http": 80, "https": 443}.get(parts.scheme) or "")
    for entry in variable("no_proxy").split(","):
        entry = entry.strip().lower()
        if entry == "*":
            return None
        name, _, only_port = entry.partition(":")
        name = name.lstrip(".")
        if name and (host == name or host.endswith("." + name)) and only_port in ("", port):
            return None
    return variable(f"{parts.scheme}_proxy") or variable("all_proxy") or None


def resolve_stream_host(value: str | None, environ: Mapping[str, str]) -> str:
    """The Stream API base URL (``ws://`` or ``wss://``, no trailing slash).

    Reads ``DOCKERCLOUD_STREAM_HOST``, then ``DOCKERCLOUD_STREAM_URL`` (the Go SDK's fallback)
    when ``value`` is None; default ``wss://ws.cloud.docker.com``. ``http``/``https`` are turned into
    ``ws``/``wss``.

    Raises:
        ConfigurationError: the value has no ``ws``, ``wss``, ``http`` or ``https`` scheme.
    """
    name = "stream_host"
    if value is None:
        for variable in ("DOCKERCLOUD_STREAM_HOST", "DOCKERCLOUD_STREAM_URL"):
            if environ.get(variable):
                value, name = environ[variable], variable
                break
    if value is None:
        return DEFAULT_STREAM_HOST
    url = _normalise_url(value, name, ("ws", "wss", "http", "https"))
    if url.startswith("http"):
        url = "ws" + url[len("http") :]
    return url


def resolve_namespace(value: str | None, environ: Mapping[str, str]) -> str | None:
    """The namespace (user or organisation) for namespaced operations, or None for the caller's own.

    Reads ``DOCKERCLOUD_NAMESPACE`` when ``value`` is None. An empty string means none.

    Raises:
        InvalidIdentifierError: the namespace is not one safe path segment (``/``, ``..``, whitespace, ...).
    """
    name = "namespace"
    if value is None:
        value, name = environ.get("DOCKERCLOUD_NAMESPACE"), "DOCKERCLOUD_NAMESPACE"
    if not value:
        return None
    return check_segment(value, name)


def user_agent(prefix: str | None = None) -> str:
    """``[<prefix> ]dockercloud-client/<version> python/<version>``."""
    agent = f"dockercloud-client/{package_version()} python/{platform.python_version()}"
    return f"{prefix} {agent}" if prefix else agent


def package_version() -> str:
    """The installed version of the ``dockercloud-client`` distribution."""
    try:
        return version("dockercloud-client")
    except PackageNotFoundError:
        return "0+unknown"


def _normalise_url(value: str, name: str, schemes: tuple[str, ...]) -> str:
    value = value.strip()
    if "@" in value:
        raise ConfigurationError(f"{name} must not contain credentials; use the credential settings")
    parts = urlsplit(value)
    if "://" not in value or parts.scheme.lower() not in schemes or not parts.netloc:
        allowed = " or ".join(f"{scheme}://" for scheme in schemes)
        raise ConfigurationError(f"{name} must be a URL starting with {allowed}, got {value!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{name} must not have a query or fragment, got {value!r}")
    return f"{parts.scheme.lower()}://{parts.netloc}{parts.path.rstrip('/')}"
