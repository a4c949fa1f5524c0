# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "0ffd6058f4a91b6a977e5ba1a42499e2d952249d32082e60eb07ffecf138d615"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
