# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Where this package came from; checked by ``make check-generated``."""

SPEC_SHA256 = "0ebf7db493566a8f758cc6b0121cf9f39feaf1109f5414c38c30993d14ea6672"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
