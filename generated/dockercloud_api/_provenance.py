# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "4490b04444d9f3608989cc2701f30b036fca623034f1afe55a12a566ec3ddafc"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
