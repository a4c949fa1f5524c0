# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "78a762ec889e3587491d42a0f7e917bfc15589cf2609ea78e23340bd6a620007"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
