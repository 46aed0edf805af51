"""The installers: files checked here, and the Linux bundle built, unpacked and run for real.

The ``slow`` tests build the PyInstaller bundle and the tar.gz into a temporary directory with
``installer/build_linux.py`` (about a minute and a half), then run ``gusp-desktop --version`` and
``--self-test`` from the unpacked archive, offscreen, with no access to the source tree or the
virtual environment.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import gusp_desktop
from gusp_desktop import selftest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _installer_module(name: str) -> Any:
    """A helper module of installer/ (not a package), loaded under a name of its own."""
    spec = importlib.util.spec_from_file_location(f"installer_{name}", INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_rules = _installer_module("bundle_rules")
version = _installer_module("version")

APP_ID = "fr.gusp.GuspDesktop"
DESKTOP = INSTALLER / "linux" / f"{APP_ID}.desktop"
METAINFO = INSTALLER / "linux" / f"{APP_ID}.metainfo.xml"
ISS = INSTALLER / "windows" / "gusp-desktop.iss"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
BUILD_TIMEOUT_S = 900


# -- installer files (fast) ------------------------------------------------------------------


def test_version_comes_from_the_package() -> None:
    assert version.project_version() == gusp_desktop.__version__
    printed = subprocess.run(
        [sys.executable, str(INSTALLER / "version.py"), "--check"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert printed.stdout.strip() == gusp_desktop.__version__
    assert version.windows_version_tuple("1.4.2") == (1, 4, 2, 0)
    assert version.windows_version_tuple("2.0rc1") == (2, 0, 0, 0)


def test_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "gusp-desktop"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;ProjectManagement;"
    assert entry["Name[fr]"] == "GUSP Desktop"
    assert entry["Comment[fr]"] == "Comités GUSP, plans d'actions et comptes rendus signés"
    assert all(entry[key].endswith(";") for key in entry if key.startswith("Keywords"))
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True)
        assert result.returncode == 0, result.stdout


def test_appstream_metainfo() -> None:
    root = ET.parse(METAINFO).getroot()  # well-formed XML, or this raises
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "EUPL-1.2"
    summaries = {s.get(lang): s.text for s in root.findall("summary")}
    assert summaries[None] and summaries["fr"]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == gusp_desktop.__version__, "add a <release> for this version"
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_at_every_size() -> None:
    ET.parse(INSTALLER / "icons" / "gusp-desktop.svg")
    for size in ICON_SIZES:
        assert _png_size(INSTALLER / "linux" / "icons" / f"{size}x{size}" / "gusp-desktop.png") == (
            size,
            size,
        )
    ico = (INSTALLER / "windows" / "gusp-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    sides = sorted(ico[6 + 16 * i] or 256 for i in range(count))
    assert sides == list(ICON_SIZES)


def test_inno_setup_script() -> None:
    script = ISS.read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.M)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", script, re.M)
    assert "#error" in script  # no silent default version
    assert 'MessagesFile: "compiler:Languages\\French.isl"' in script
    assert 'MessagesFile: "compiler:Default.isl"' in script
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', script, re.M)  # Start menu
    assert "gusp-desktop-gui.exe" in script  # the Start menu opens no console
    assert (ISS.parent / "gusp-desktop.ico").is_file()
    dry_run = subprocess.run(
        [sys.executable, str(INSTALLER / "build_windows.py"), "--dry-run"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"/DAppVersion={gusp_desktop.__version__}" in dry_run.stdout


def test_bundle_rules() -> None:
    for dropped in (
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6\\plugins\\imageformats\\qpdf.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    ):
        assert bundle_rules.unused_qt_plugin(dropped), dropped
    for kept in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        # The map downloads tiles over HTTPS: QtNetwork and its TLS backends stay.
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    ):
        assert not bundle_rules.unused_qt_plugin(kept), kept
    assert "QtNetwork" not in bundle_rules.UNUSED_QT_MODULES
    assert bundle_rules.kept_data_file("PySide6/Qt/translations/qtbase_fr.qm")
    assert not bundle_rules.kept_data_file("PySide6/Qt/translations/qtbase_de.qm")
    assert bundle_rules.kept_data_file("babel/locale-data/fr_FR.dat")
    assert not bundle_rules.kept_data_file("babel/locale-data/de_DE.dat")
    assert bundle_rules.kept_data_file("resources/i18n/gusp_en.qm")


# -- the Linux bundle, built and run (slow) --------------------------------------------------


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("build-linux")
    result = subprocess.run(
        [sys.executable, str(INSTALLER / "build_linux.py"), "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    found = list(output.glob("gusp-desktop-*-linux-*.tar.gz"))
    assert len(found) == 1, result.stdout
    return found[0]


@pytest.fixture(scope="module")
def unpacked(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")  # refuses absolute paths and links leaving it
    tops = list(target.iterdir())
    assert [p.name for p in tops] == [f"gusp-desktop-{gusp_desktop.__version__}"]
    return tops[0]


def bundle_env(tmp_path: Path) -> dict[str, str]:
    """A user session with no display and no Python: nothing leaks in from this process."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "GUSP_", "QT_", "DISPLAY", "WAYLAND"))
    }
    env["PATH"] = "/usr/bin:/bin"
    env["HOME"] = str(tmp_path / "home")
    env["TMPDIR"] = str(tmp_path)
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


@pytest.mark.slow
def test_archive_layout(unpacked: Path) -> None:
    program = unpacked / "gusp-desktop"
    assert program.is_file() and os.access(program, os.X_OK)
    assert os.access(unpacked / "install.sh", os.X_OK)
    assert (unpacked / "LISEZMOI.txt").read_text(encoding="utf-8").startswith("GUSP Desktop")
    share = unpacked / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    for size in ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(icon) == (size, size)
    internal = unpacked / "_internal"
    sources = sorted(f"{ts.stem}.qm" for ts in (ROOT / "resources" / "i18n").glob("*.ts"))
    assert sorted(p.name for p in (internal / "resources" / "i18n").iterdir()) == sources
    assert "gusp_en.qm" in sources
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "gusp_desktop" / "db" / "migrations" / "env.py").is_file()


@pytest.mark.slow
def test_no_plaintext_keyring_and_no_unused_qt_in_bundle(unpacked: Path) -> None:
    paths = [p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*")]
    assert not [p for p in paths if "keyrings/alt" in p or re.search(r"keyrings[._]alt", p)]
    assert not [p for p in paths if p.startswith("_internal/keyrings")]
    assert any(p.startswith("_internal/keyring-") for p in paths)  # the real keyring is there
    names = {Path(p).name for p in paths}
    assert not {n for n in names if re.search(r"Qt6(Qml|Quick|Pdf|VirtualKeyboard)", n)}
    assert not {n for n in names if "virtualkeyboard" in n or n == "libqpdf.so"}


@pytest.mark.slow
def test_version_from_bundle(unpacked: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(unpacked / "gusp-desktop"), "--version"],
        capture_output=True,
        text=True,
        env=bundle_env(tmp_path),
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"GUSP Desktop {gusp_desktop.__version__}"


@pytest.mark.slow
def test_self_test_from_bundle(unpacked: Path, tmp_path: Path) -> None:
    env = bundle_env(tmp_path)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LC_ALL"] = env["LANG"] = "C.UTF-8"
    result = subprocess.run(
        [str(unpacked / "gusp-desktop"), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "exécutable autonome" in result.stdout.splitlines()[0]
    for label, _step in selftest.STEPS:
        assert f"✓ {label} (" in result.stdout, label
    assert "Auto-test réussi" in result.stdout


@pytest.mark.slow
def test_install_script_installs_and_uninstalls_for_the_user(
    unpacked: Path, tmp_path: Path
) -> None:
    env = bundle_env(tmp_path)
    home = Path(env["HOME"])
    data = home / ".local" / "share" / "gusp-desktop"
    data.mkdir(parents=True)
    (data / "gusp.sqlite3").write_bytes(b"base de l'utilisateur")
    installed = subprocess.run(
        [str(unpacked / "install.sh")], capture_output=True, text=True, env=env, timeout=120
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert f"GUSP Desktop {gusp_desktop.__version__} est installé." in installed.stdout
    share = home / ".local" / "share"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    program = home / ".local" / "lib" / "gusp-desktop" / "gusp-desktop"
    assert f'Exec="{program}"' in entry
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0, checked.stdout
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    command = home / ".local" / "bin" / "gusp-desktop"
    version = subprocess.run([str(command), "--version"], capture_output=True, text=True, env=env)
    assert version.stdout.strip() == f"GUSP Desktop {gusp_desktop.__version__}"

    removed = subprocess.run(
        [str(unpacked / "install.sh"), "--uninstall"], capture_output=True, text=True, env=env
    )
    assert removed.returncode == 0, removed.stderr
    assert not program.parent.exists() and not command.is_symlink()
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert (data / "gusp.sqlite3").read_bytes() == b"base de l'utilisateur"  # data kept
