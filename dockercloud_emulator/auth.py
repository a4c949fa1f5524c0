"""Accounts, organisations and HTTP Basic authentication."""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

DEFAULT_USER = "demo"
DEFAULT_APIKEY = "demo-apikey"
DEFAULT_ORG = "demo-org"


def basic_header(user: str, apikey: str) -> str:
    """The ``Authorization`` value (also the ``DOCKERCLOUD_AUTH`` form) for a user."""
    return "Basic " + base64.b64encode(f"{user}:{apikey}".encode()).decode()


def new_admin_token() -> str:
    """A fresh random token for the emulator's admin endpoints (see :mod:`dockercloud_emulator.admin`)."""
    return secrets.token_urlsafe(24)


def admin_header(token: str) -> str:
    """The ``Authorization`` value that carries the admin token."""
    return f"Bearer {token}"


def parse_account(text: str) -> tuple[str, str]:
    """Parse ``USER:APIKEY``."""
    user, sep, apikey = text.partition(":")
    if not sep or not user or not apikey:
        raise ValueError(f"account must look like USER:APIKEY, got {text!r}")
    return user, apikey


def parse_org(text: str) -> tuple[str, list[str]]:
    """Parse ``NAME:MEMBER[,MEMBER...]``."""
    name, sep, members = text.partition(":")
    names = [m.strip() for m in members.split(",") if m.strip()]
    if not sep or not name or not names:
        raise ValueError(f"organisation must look like NAME:MEMBER[,MEMBER...], got {text!r}")
    return name, names


@dataclass
class Accounts:
    """Known users (name -> API key) and organisations (name -> members)."""

    users: dict[str, str] = field(default_factory=dict)
    orgs: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def build(
        cls, accounts: Iterable[tuple[str, str]] = (), orgs: Iterable[tuple[str, Iterable[str]]] = ()
    ) -> Accounts:
        """Accounts from the given lists, with the demo defaults for whichever list is empty."""
        users = dict(accounts) or {DEFAULT_USER: DEFAULT_APIKEY}
        org_map = {name: set(members) for name, members in orgs} or {DEFAULT_ORG: {DEFAULT_USER}}
        return cls(users, org_map)

    def check(self, user: str, apikey: str) -> bool:
        """Whether ``apikey`` is the key of ``user`` (constant-time compare)."""
        expected = self.users.get(user)
        return expected is not None and secrets.compare_digest(expected.encode(), apikey.encode())

    def authenticate(self, header: str | None) -> str | None:
        """The user of a ``Basic`` Authorization header, or None if missing or wrong."""
        if not header:
            return None
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "basic" or not token:
            return None
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        user, sep, apikey = decoded.partition(":")
        if not sep or not self.check(user, apikey):
            return None
        return user

    def namespaces_of(self, user: str) -> set[str]:
        """The user's own namespace plus every organisation it belongs to."""
        return {user} | {name for name, members in self.orgs.items() if user in members}
