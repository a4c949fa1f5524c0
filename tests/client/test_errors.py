"""One function maps every error status onto the exception tree."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from dockercloud_client import errors as e


def response(status: int, body: bytes = b'{"error": "nope"}', headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request(
        "GET", "https://cloud.docker.com/api/app/v1/service/abc/", headers={"Authorization": "Basic c2VjcmV0"}
    )
    return httpx.Response(status, content=body, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, e.BadRequestError),
        (401, e.AuthenticationError),
        (403, e.PermissionDeniedError),
        (404, e.NotFoundError),
        (405, e.MethodNotAllowedError),
        (409, e.ConflictError),
        (415, e.UnsupportedMediaTypeError),
        (429, e.RateLimitError),
        (500, e.InternalServerError),
        (502, e.InternalServerError),
        (503, e.InternalServerError),
        (504, e.InternalServerError),
        (418, e.APIStatusError),
    ],
)
def test_every_status_maps_to_its_class(status: int, cls: type[e.APIStatusError]) -> None:
    error = e.status_error_from_response(response(status))
    assert type(error) is cls
    assert isinstance(error, e.APIStatusError) and isinstance(error, e.DockerCloudError)
    assert error.status_code == status
    assert error.error == "nope"
    assert error.method == "GET"
    assert error.url == "https://cloud.docker.com/api/app/v1/service/abc/"
    assert error.body == '{"error": "nope"}'
    assert str(status) in str(error) and "nope" in str(error)
    assert "c2VjcmV0" not in str(error) + repr(error)


def test_non_json_body_is_kept_raw() -> None:
    error = e.status_error_from_response(response(502, b"<html>bad gateway</html>"))
    assert error.error == "<html>bad gateway</html>"
    assert error.body == "<html>bad gateway</html>"


def test_rate_limit_retry_after() -> None:
    error = e.status_error_from_response(response(429, headers={"Retry-After": "7"}))
    assert isinstance(error, e.RateLimitError)
    assert error.retry_after == 7.0
    assert e.status_error_from_response(response(429)).retry_after is None  # type: ignore[attr-defined]


def test_retry_after_http_date() -> None:
    assert e.parse_retry_after("Thu, 01 Jan 1970 00:01:40 GMT", now=lambda: 90.0) == 10.0
    assert e.parse_retry_after("garbage") is None


@pytest.fixture
def five_hours_west(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local time zone is UTC-5 (a POSIX TZ string: no zone database needed)."""
    monkeypatch.setenv("TZ", "XYZ+05")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("five_hours_west")
def test_retry_after_dates_are_gmt_in_every_form_whatever_the_local_zone() -> None:
    # RFC 9110 section 5.6.7: recipients accept the three forms, and every HTTP date is GMT; the asctime form
    # names no zone, and was read as local time (here 5 h later: over the 60 s cap, so no retry at all).
    now = 784111777.0 - 10  # 10 s before Sun, 06 Nov 1994 08:49:37 GMT
    for value in ("Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"):
        assert e.parse_retry_after(value, now=lambda: now) == 10.0, value


def test_a_retry_after_that_is_no_delay_is_none() -> None:
    for value in ("nan", "-1", "inf", "1e3", "+5", "1_0", "\u0661\u0662"):  # the last: Arabic-Indic digits
        assert e.parse_retry_after(value) is None, value
    error = e.status_error_from_response(response(429, headers={"Retry-After": "nan"}))
    assert isinstance(error, e.RateLimitError) and error.retry_after is None
    assert e.parse_retry_after(" 1.5 ") == 1.5


def test_tree() -> None:
    assert issubclass(e.APITimeoutError, e.APIConnectionError)
    assert issubclass(e.CredentialsError, e.DockerCloudError)
    assert issubclass(e.ConfigurationError, ValueError)
    assert issubclass(e.ActionTimeoutError, TimeoutError)
    for cls in (e.ResponseValidationError, e.ActionFailedError, e.APIConnectionError, e.APIStatusError):
        assert issubclass(cls, e.DockerCloudError)


def test_urls_never_carry_credentials() -> None:
    error = e.APIConnectionError("refused", method="GET", url="https://user:pw@host/api/x/")
    assert "pw" not in str(error) and error.url == "https://host/api/x/"


def test_response_validation_error_names_the_operation() -> None:
    error = e.ResponseValidationError(
        operation_id="services_get", status_code=200, url="https://h/x", reason="KeyError: 'uuid'"
    )
    assert "services_get" in str(error)
