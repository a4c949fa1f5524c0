# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "1ed36d83cdd3f3b5e242df6610a230eab8586fd3626486d247c7d11f2db4fb56"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
