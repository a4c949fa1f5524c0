# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "8b9ddc0bea1d1b5320598ec937e482e6846d95db8ca0010b269a8c90883fae79"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
