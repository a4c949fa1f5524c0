# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "4f5d1bda84d2459f0d026b8996544797c758ebeb63db0fb2c0e3c8ed7e06d364"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
