"""Build the Windows installer: PyInstaller bundle, then Inno Setup (run on Windows).

    .venv\\Scripts\\python installer\\build_windows.py            # → build\\windows\\*-setup.exe
    .venv\\Scripts\\python installer\\build_windows.py --reuse    # installer from the last bundle
    .venv\\Scripts\\python installer\\build_windows.py --dry-run  # print the commands (anywhere)

Needs, on the Windows build machine: the project's virtual environment with the test extra
(PyInstaller) and Inno Setup 6.3 or later (``winget install JRSoftware.InnoSetup``). The version
comes from the package (pyproject.toml, checked against the installed metadata) and reaches the
installer as ``/DAppVersion``; the bundle is checked (no keyrings.alt, no QtQml/QtQuick/QtPdf)
before it is packed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bundle_check import check_bundle  # noqa: E402
from version import check_installed, project_version, windows_version_tuple  # noqa: E402

SPEC = HERE / "gusp_desktop.spec"
ISS = HERE / "windows" / "gusp-desktop.iss"
DEFAULT_OUTPUT = ROOT / "build" / "windows"


def find_iscc(explicit: str | None) -> str | None:
    """The Inno Setup compiler: ``--iscc``, the PATH, or its usual installation folders."""
    if explicit:
        return explicit
    found = shutil.which("iscc")
    if found:
        return found
    for base in ("LOCALAPPDATA", "ProgramFiles(x86)", "ProgramFiles"):
        root = os.environ.get(base)
        if root:
            for candidate in (
                Path(root) / "Programs" / "Inno Setup 6" / "ISCC.exe",
                Path(root) / "Inno Setup 6" / "ISCC.exe",
            ):
                if candidate.is_file():
                    return str(candidate)
    return None


def pyinstaller_command(output: Path) -> list[str]:
    return [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(output / "dist"), "--workpath", str(output / "pyinstaller"), str(SPEC),
    ]  # fmt: skip


def iscc_command(iscc: str, version: str, bundle: Path, output: Path) -> list[str]:
    numeric = ".".join(str(n) for n in windows_version_tuple(version))
    return [
        iscc, f"/DAppVersion={version}", f"/DAppNumericVersion={numeric}",
        f"/DSourceDir={bundle}", f"/DOutputDir={output}", str(ISS),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Construit l'installateur Windows.")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="dossier de sortie")
    parser.add_argument("--reuse", action="store_true", help="réutiliser le bundle déjà construit")
    parser.add_argument("--iscc", help="chemin de ISCC.exe (Inno Setup)")
    parser.add_argument("--dry-run", action="store_true", help="afficher les commandes seulement")
    args = parser.parse_args(argv)
    output: Path = args.output.resolve()
    bundle = output / "dist" / "gusp-desktop"
    if args.dry_run:
        version = project_version()
        print(subprocess.list2cmdline(pyinstaller_command(output)))
        print(subprocess.list2cmdline(iscc_command(args.iscc or "iscc", version, bundle, output)))
        return 0
    if sys.platform != "win32":
        print("L'installateur Windows se construit sous Windows (voir --dry-run).", file=sys.stderr)
        return 1
    version = check_installed()
    iscc = find_iscc(args.iscc)
    if iscc is None:
        print("Inno Setup introuvable : winget install JRSoftware.InnoSetup", file=sys.stderr)
        return 1
    if not (args.reuse and bundle.is_dir()):
        subprocess.run(pyinstaller_command(output), check=True, cwd=ROOT)
    problems = check_bundle(bundle)
    if problems:
        print("Bundle refusé :", *problems, sep="\n  ", file=sys.stderr)
        return 1
    subprocess.run(iscc_command(iscc, version, bundle, output), check=True, cwd=ROOT)
    print(f"Installateur : {output / f'gusp-desktop-{version}-windows-x64-setup.exe'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
