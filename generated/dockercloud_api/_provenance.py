# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "c782c53aa9e672b498f4f2850f789056b235439e544fab2dbcbe8b83841cf069"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
