# Generated from spec/openapi.yaml by openapi-python-client 0.29.1: do not edit, run `make generate`.
"""Internal: the generated half of dockercloud_client (request builders, models, resource classes). Import from dockercloud_client; nothing here is a public API."""
