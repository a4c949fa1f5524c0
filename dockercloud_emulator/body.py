"""Reading and parsing request bodies within :class:`~dockercloud_emulator.limits.Limits`.

Everything refused here is refused before any state changes, so a bad body can never leave behind
an object that later breaks a list (a lone surrogate, for one, cannot be encoded in a response).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.requests import Request

from .errors import ApiError
from .limits import Limits

#: Rejections that leave the request body unread end the connection.
_CLOSE = {"Connection": "close"}


def too_large(limit: int) -> ApiError:
    """413 for a body over ``limit`` bytes."""
    return ApiError(413, f"Payload Too Large: the emulator accepts request bodies of at most {limit} bytes.", _CLOSE)


async def read_body(request: Request, limits: Limits) -> bytes:
    """The whole body: 413 past ``max_body_bytes``, 408 after ``body_timeout`` seconds without data."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_body_bytes:
        raise too_large(limits.max_body_bytes)
    chunks: list[bytes] = []
    size = 0
    stream = request.stream()
    while True:
        try:
            chunk = await asyncio.wait_for(anext(stream), limits.body_timeout)
        except StopAsyncIteration:
            break
        except TimeoutError:
            raise ApiError(
                408, f"Request Timeout: no body data was received for {limits.body_timeout:g} s.", _CLOSE
            ) from None
        size += len(chunk)
        if size > limits.max_body_bytes:
            raise too_large(limits.max_body_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json(raw: bytes, limits: Limits) -> Any:
    """The JSON value of ``raw`` (``None`` when blank), checked by :func:`check_json` (400 otherwise)."""
    if not raw.strip():
        return None
    try:
        data = json.loads(raw)
    except RecursionError:
        raise ApiError(400, f"Invalid JSON body: nested deeper than {limits.max_json_depth} levels.") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"Invalid JSON body: {exc}.") from None
    check_json(data, limits)
    return data


def check_json(data: Any, limits: Limits) -> None:
    """400 unless every string is valid Unicode, nesting is at most ``max_json_depth`` and no array
    (or object) has more than ``max_list_items`` entries. Iterative, so any depth is safe to check."""
    pending: list[tuple[Any, str, int]] = [(data, "body", 0)]
    while pending:
        value, where, depth = pending.pop()
        if isinstance(value, str):
            _check_text(value, where)
            continue
        if not isinstance(value, dict | list):
            continue
        if depth >= limits.max_json_depth:
            raise ApiError(400, f"Invalid JSON body: nested deeper than {limits.max_json_depth} levels.")
        if len(value) > limits.max_list_items:
            raise ApiError(
                400, f"Invalid value for '{where}': the emulator accepts at most {limits.max_list_items} entries."
            )
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, f"a key of '{where}'")
                pending.append((item, f"{where}.{key}", depth + 1))
        else:
            pending.extend((item, f"{where}[{i}]", depth + 1) for i, item in enumerate(value))


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start]
        raise ApiError(
            400,
            f"Invalid value for '{where}': contains a lone surrogate (\\u{ord(bad):04x}), which is not Unicode text.",
        ) from None
