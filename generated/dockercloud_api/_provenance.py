# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "780b3e9d0b27a4d583550f44cdc4d05323416d08ad333fa5d337245cf7db68e6"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
