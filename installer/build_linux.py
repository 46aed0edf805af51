"""Build the Linux bundle: PyInstaller one-folder, checked, packed into a tar.gz ready to unpack.

    .venv/bin/python installer/build_linux.py             # → build/linux/gusp-desktop-*.tar.gz
    .venv/bin/python installer/build_linux.py --output DIR  # elsewhere (tests: a temporary dir)
    .venv/bin/python installer/build_linux.py --reuse       # pack the last bundle again

The archive unpacks to ``gusp-desktop-<version>/`` holding the program (``gusp-desktop`` and
``_internal/``), ``install.sh`` (per-user install into ~/.local, ``--uninstall``), the desktop
entry, the AppStream metainfo and the icons under ``share/``, and ``LISEZMOI.txt``.

Before packing, the bundle is checked: no ``keyrings.alt`` (plaintext keyring backend), no
QtQml/QtQuick/QtPdf, and every shared library resolves inside the bundle or on the system (only
the Wayland client libraries, which a Wayland session always has, may be missing on the build
machine). Build on the oldest distribution you support: the bundle needs its glibc or newer.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bundle_check import check_bundle, directory_size  # noqa: E402
from version import check_installed  # noqa: E402

SPEC = HERE / "gusp_desktop.spec"
APP_ID = "fr.gusp.GuspDesktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
DEFAULT_OUTPUT = ROOT / "build" / "linux"

README = """\
GUSP Desktop {version} pour Linux ({arch})
{underline}

Lancer sans installer :     ./gusp-desktop
Installer pour soi :        ./install.sh      (menu des applications + commande gusp-desktop)
Désinstaller :              ./install.sh --uninstall   (vos données restent)
Vérifier l'installation :   ./gusp-desktop --self-test

Aucune installation de Python n'est nécessaire. Il faut une distribution dont la glibc est en
version {glibc} ou plus récente, et les bibliothèques graphiques de tout bureau Linux (sur un
système minimal : libgl1 libegl1 libxkbcommon0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
fonts-dejavu-core).

Les données (base, identités de signature) sont dans ~/.local/share/gusp-desktop.
"""


def run_pyinstaller(output: Path, clean: bool = False) -> Path:
    """Freeze the application with the spec; return the bundle folder."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(output / "dist"), "--workpath", str(output / "pyinstaller"),
    ]  # fmt: skip
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], check=True, cwd=ROOT)
    return output / "dist" / "gusp-desktop"


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def pack(bundle: Path, output: Path, version: str) -> Path:
    """The tar.gz: bundle + install.sh + desktop entry, metainfo and icons under share/."""
    arch = platform.machine() or "unknown"
    top = f"gusp-desktop-{version}"
    archive = output / f"gusp-desktop-{version}-linux-{arch}.tar.gz"
    linux = HERE / "linux"
    glibc = platform.libc_ver()[1] or "de la machine de construction"
    title = f"GUSP Desktop {version} pour Linux ({arch})"
    readme = output / "LISEZMOI.txt"
    readme.write_text(
        README.format(version=version, arch=arch, glibc=glibc, underline="=" * len(title)),
        encoding="utf-8",
    )
    extras = [
        (linux / "install.sh", "install.sh"),
        (readme, "LISEZMOI.txt"),
        (linux / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
        (linux / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"),
        (HERE / "icons" / "gusp-desktop.svg", f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
        *(
            (
                linux / "icons" / f"{n}x{n}" / "gusp-desktop.png",
                f"share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png",
            )
            for n in ICON_SIZES
        ),
    ]
    partial = archive.with_name(archive.name + ".partiel")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=_normalised)
        for source, name in extras:
            info = _normalised(tar.gettarinfo(str(source), f"{top}/{name}"))
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            with source.open("rb") as handle:
                tar.addfile(info, handle)
    partial.replace(archive)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Construit l'archive Linux de GUSP Desktop.")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="dossier de sortie")
    parser.add_argument("--reuse", action="store_true", help="réutiliser le bundle déjà construit")
    parser.add_argument("--clean", action="store_true", help="vider le cache de PyInstaller")
    args = parser.parse_args(argv)
    output: Path = args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    version = check_installed()

    started = time.perf_counter()
    bundle = output / "dist" / "gusp-desktop"
    if not (args.reuse and bundle.is_dir()):
        bundle = run_pyinstaller(output, clean=args.clean)
    built = time.perf_counter()
    problems = check_bundle(bundle)
    if problems:
        print("Bundle refusé :", *problems, sep="\n  ", file=sys.stderr)
        return 1
    checked = time.perf_counter()
    archive = pack(bundle, output, version)
    packed = time.perf_counter()

    mib = 1024 * 1024
    print(f"Bundle   : {bundle} ({directory_size(bundle) / mib:.1f} Mio)")
    print(f"Archive  : {archive} ({archive.stat().st_size / mib:.1f} Mio)")
    print(
        f"Durées   : PyInstaller {built - started:.1f} s, vérification {checked - built:.1f} s, "
        f"archive {packed - checked:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
