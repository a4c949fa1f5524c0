"""A websocket server that sends a fixed number of event frames as fast as it can, then closes (1000).

Run as a child process by ``bench/events_bench.py`` so that encoding and sending use the other core:
``python -m bench.event_server COUNT`` prints ``PORT <n>`` and serves until killed.
"""

from __future__ import annotations

import json
import sys

from websockets.sync.server import ServerConnection, serve


def frames(count: int) -> list[str]:
    """``count`` distinct, documented-shape event frames (container state changes)."""
    out = []
    for index in range(count):
        uuid = f"00000000-0000-4000-8000-{index:012d}"
        out.append(
            json.dumps(
                {
                    "type": "container",
                    "action": "update",
                    "parents": ["/api/app/v1/demo/service/3c9fe1a4-5ee0-4bbd-a1a0-1ff8f1cbb1c2/"],
                    "resource_uri": f"/api/app/v1/demo/container/{uuid}/",
                    "state": "Running",
                    "uuid": uuid,
                    "datetime": "2016-02-01T16:47:28Z",
                }
            )
        )
    return out


def main() -> None:
    payload = frames(int(sys.argv[1]))

    def handler(connection: ServerConnection) -> None:
        for frame in payload:
            connection.send(frame)
        connection.close()

    with serve(handler, "127.0.0.1", 0, compression=None) as server:
        print(f"PORT {server.socket.getsockname()[1]}", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
