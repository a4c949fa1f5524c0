# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "ea11448f54cb701762bf086c8ae0f37f8b035c5ffaa2707627fdb6e3101cbd53"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
