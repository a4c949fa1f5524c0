"""The tiny fake shell behind container exec: a fixed set of commands on a fake filesystem.

Supported: ``echo``, ``hostname``, ``env``, ``ls [dir]``, ``cat <file>``, ``pwd``, ``whoami``,
``date``, ``true``, ``false``, ``exit`` and ``sh`` (reads commands from stdin). Anything else
prints ``sh: 1: <cmd>: not found`` on stderr.
"""

from __future__ import annotations

import shlex
from typing import Any

Output = list[tuple[str, str]]  # (streamType, text)


def fake_files(container: dict[str, Any]) -> dict[str, str]:
    """Path -> content of the container's fake files."""
    return {
        "/etc/hostname": f"{container['hostname']}\n",
        "/etc/hosts": f"127.0.0.1\tlocalhost\n{container['private_ip']}\t{container['hostname']}\n",
        "/etc/os-release": 'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="8"\n'
        "ID=debian\n",
        "/etc/resolv.conf": "nameserver 8.8.8.8\nsearch dockerapp.io\n",
        "/app/README.md": f"# {container['name']}\n\nFake filesystem of container {container['name']} "
        f"running {container['image_name']}.\n",
        "/proc/version": "Linux version 4.4.0-emulated (docker-cloud-emulator)\n",
    }


def fake_dirs(container: dict[str, Any]) -> dict[str, list[str]]:
    """Directory -> sorted entries."""
    dirs: dict[str, set[str]] = {"/": {"app", "bin", "etc", "home", "proc", "root", "tmp", "usr", "var"}}
    for path in fake_files(container):
        parent, _, name = path.rpartition("/")
        dirs.setdefault(parent or "/", set()).add(name)
    for empty in ("/bin", "/home", "/root", "/tmp", "/usr", "/var"):
        dirs.setdefault(empty, set())
    dirs["/bin"] |= {"cat", "echo", "hostname", "ls", "sh"}
    return {d: sorted(v) for d, v in dirs.items()}


def environment(container: dict[str, Any]) -> list[str]:
    """``KEY=VALUE`` lines of the container environment."""
    env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOSTNAME": container["hostname"],
        "HOME": "/root",
    }
    for item in container["container_envvars"]:
        env[item["key"]] = item["value"]
    return [f"{k}={v}" for k, v in env.items()]


def run_command(line: str, container: dict[str, Any]) -> tuple[Output, bool]:
    """Run one command line; returns its output and whether the shell should exit."""
    try:
        argv = shlex.split(line)
    except ValueError as exc:
        return [("stderr", f"sh: 1: syntax error: {exc}\n")], False
    if not argv:
        return [], False
    cmd, args = argv[0], argv[1:]
    cwd = container["working_dir"] or "/"
    if cmd == "echo":
        return [("stdout", " ".join(args) + "\n")], False
    if cmd == "hostname":
        return [("stdout", container["hostname"] + "\n")], False
    if cmd == "env":
        return [("stdout", "\n".join(environment(container)) + "\n")], False
    if cmd == "pwd":
        return [("stdout", cwd + "\n")], False
    if cmd == "whoami":
        return [("stdout", (container["user"] or "root") + "\n")], False
    if cmd in ("true", ":"):
        return [], False
    if cmd == "false":
        return [], False
    if cmd == "exit":
        return [], True
    if cmd == "ls":
        dirs = fake_dirs(container)
        out: Output = []
        for target in args or [cwd]:
            path = _absolute(target, cwd)
            if path in dirs:
                out.append(("stdout", "".join(f"{e}\n" for e in dirs[path])))
            elif path in fake_files(container):
                out.append(("stdout", f"{target}\n"))
            else:
                out.append(("stderr", f"ls: cannot access '{target}': No such file or directory\n"))
        return out, False
    if cmd == "cat":
        files = fake_files(container)
        out = []
        for target in args:
            path = _absolute(target, cwd)
            if path in files:
                out.append(("stdout", files[path]))
            elif path in fake_dirs(container):
                out.append(("stderr", f"cat: {target}: Is a directory\n"))
            else:
                out.append(("stderr", f"cat: {target}: No such file or directory\n"))
        return out, False
    return [("stderr", f"sh: 1: {cmd}: not found\n")], False


def _absolute(path: str, cwd: str) -> str:
    full = path if path.startswith("/") else f"{cwd.rstrip('/')}/{path}"
    parts: list[str] = []
    for part in full.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
        else:
            parts.append(part)
    return "/" + "/".join(parts)
