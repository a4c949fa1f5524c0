"""``python -m dockercloud_client.cli``: the ``dockercloud`` command without the console script."""

from . import main

main()
