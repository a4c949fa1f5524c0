"""The published artefacts: the sdist holds only what it should, the wheel's metadata is a library's,
and the wheel installs into a clean venv and works there (offline: dependencies come from the
wheelhouse that ``make`` fills inside the venv)."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("dockercloud_api", "dockercloud_client", "dockercloud_emulator")
WHEELHOUSE = Path(sys.prefix) / "wheelhouse"

# Run by the clean venv's interpreter, outside the checkout: everything comes from the installed wheel.
SMOKE = """
import sys
from pathlib import Path
import dockercloud_api, dockercloud_client, dockercloud_emulator
for module in (dockercloud_api, dockercloud_client, dockercloud_emulator):
    assert Path(module.__file__).is_relative_to(sys.prefix), module.__file__
from dockercloud_client import Client
from dockercloud_emulator import run_emulator
with run_emulator(step_seconds=0) as emu, Client.from_env(environ=emu.client_environment()) as client:
    service = client.services.create(image="tutum/hello-world", name="web")
    print(client.services.get(service.uuid).name, len(list(client.providers.list())))
"""


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python -m build``: the sdist, then the wheel built from it (as ``make dist`` does)."""
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    return out


def metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return HeaderParser().parsestr(archive.read(name).decode())


def test_sdist_holds_the_sources_and_nothing_else(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    top = {name.split("/", 1)[0] for name in names}
    assert top == {
        "PKG-INFO", "pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", ".gitignore",
        "spec", "generated", "dockercloud_client", "dockercloud_emulator",
    }  # fmt: skip
    assert {name.split("/")[1] for name in names if name.startswith("generated/")} == {"dockercloud_api"}
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    assert {f"{package}/py.typed" for package in PACKAGES[1:]} <= set(names)


def test_wheel_metadata_is_a_librarys(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    meta = metadata(wheel)
    assert meta["License-Expression"] == "Apache-2.0"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert not [c for c in meta.get_all("Classifier", []) if c.startswith("License ::")]  # PEP 639: the expression only
    assert "Typing :: Typed" in meta.get_all("Classifier", [])
    assert meta.get_all("Provides-Extra") == ["cli", "emulator"]  # no dev tooling in published extras
    urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL", []))
    assert urls["Source"] == "https://github.com/dockercloud-client/dockercloud-client"
    requires = {r.split(";")[0].replace(" ", "") for r in meta.get_all("Requires-Dist", [])}
    # Ranges a library can live with; the project's own pins stay in constraints.txt.
    assert {"httpx<1,>=0.28", "websockets>=17.1", "starlette>=1.0", "uvicorn>=0.52.1"} <= requires
    assert not [r for r in requires if "==" in r]
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        entries = archive.read(entry_points).decode()
        assert "dockercloud_emulator = dockercloud_emulator.pytest_plugin" in entries
        assert "dockercloud = dockercloud_client.cli:main" in entries  # the console script of the [cli] extra
    assert {f"{package}/py.typed" for package in PACKAGES} <= names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not [n for n in names if n.startswith(("tests/", "generated/", "spec/"))]


def test_readme_links_work_on_an_index_page(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    description = metadata(wheel).get_payload()
    assert isinstance(description, str) and description.startswith("# dockercloud-client")
    links = re.findall(r"\]\(([^)\s]+)", description) + re.findall(r"^\[[^\]]+\]:\s*(\S+)", description, re.M)
    assert links
    assert not [link for link in links if not link.startswith("https://")]


def test_wheel_installs_into_a_clean_venv_and_works(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    # Removed by the test, not left in tmp_path: pytest keeps the last three runs' folders and deletes
    # older ones as a run exits, so these ~2,000 files would lengthen a later run after its last test.
    with tempfile.TemporaryDirectory(prefix="clean-venv-") as folder:
        _install_and_use(wheel, Path(folder) / "venv", tmp_path)


def _install_and_use(wheel: Path, venv: Path, tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    # This venv's pip installs into the clean one (--python); --no-index: the wheelhouse and the wheel only.
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-compile", "--no-index"]
    install += ["--find-links", str(WHEELHOUSE), f"{wheel}[emulator,cli]"]
    subprocess.run(install, check=True, capture_output=True, timeout=300)
    smoke = subprocess.run([str(python), "-I", "-c", SMOKE], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert smoke.returncode == 0, smoke.stderr
    assert smoke.stdout.split() == ["web", "5"]
    # The [cli] extra gives the `dockercloud` console script.
    cli = subprocess.run(
        [str(venv / "bin" / "dockercloud"), "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert cli.returncode == 0, cli.stderr
    assert {"nodecluster", "service", "stack", "event", "emulator"} <= set(cli.stdout.split())
