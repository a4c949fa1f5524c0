"""The request and response models, generated from ``spec/openapi.yaml`` into ``dockercloud_api.models``.

Re-exported here so that one package is enough: ``from dockercloud_client.models import ServiceCreate``
or ``from dockercloud_client import models``.
"""

from dockercloud_api.models import *  # noqa: F403
from dockercloud_api.models import __all__ as __all__
