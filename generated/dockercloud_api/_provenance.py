# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "2e29f315afee267a3bb1ce838b963ff3c89f01d8ef6a3fdef110b5b06d8c2016"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
