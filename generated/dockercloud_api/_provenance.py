# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "ee8efeb3dc2fccac090932cde92752f6a50f917360989d84ab457d2821a48473"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
