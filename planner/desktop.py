"""Desktop integration on Linux (freedesktop.org), per user, without root.

``pilot-planner desktop-install`` writes, under ``$XDG_DATA_HOME`` (default
``~/.local/share``):

- ``applications/pilot-planner.desktop``: the menu entry, in English and French,
  launching this very program (the wheel's script or the bundle's executable)
  with the file double-clicked;
- ``mime/packages/pilot-planner.xml``: the file type ``application/x-pilot-planner``
  for ``*.pilotplan`` (shared-mime-info);
- ``icons/hicolor/<size>/apps/pilot-planner.png`` (and ``scalable/…svg``): the icon,
  also shown on ``.pilotplan`` files;

then runs, when they are installed, ``update-mime-database`` and
``update-desktop-database`` (the desktop's caches) and ``xdg-mime default`` (the
app becomes the default for the type, in ``$XDG_CONFIG_HOME/mimeapps.list``).
Installing again rewrites the same files. ``desktop-uninstall`` removes exactly
those files and that default, refreshes the caches, and removes a cache or a
folder only when the install left it behind with nothing else in it.

Nothing here touches the network; only the local tools above are run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from planner import APP_NAME
from planner.i18n import _
from planner.resources import resources_dir

APP_ID = "pilot-planner"
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_TYPE = "application/x-pilot-planner"
SUFFIX = ".pilotplan"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
TOOL_TIMEOUT = 60
"""Seconds a desktop tool may take (they take well under one)."""

# Caches the tools write; removed at uninstall only when nothing else uses them.
_MIME_CACHES = (
    "aliases", "generic-icons", "globs", "globs2", "icons", "magic", "mime.cache",
    "subclasses", "treemagic", "types", "version", "XMLnamespaces",
)  # fmt: skip


@dataclass(frozen=True)
class Places:
    """The per-user folders the desktop reads (XDG base directories)."""

    data_home: Path
    config_home: Path


@dataclass
class Report:
    """What an install or uninstall did, for people (lines in the current language)."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def places(env: Mapping[str, str] | None = None) -> Places:
    """``$XDG_DATA_HOME`` and ``$XDG_CONFIG_HOME``, or their defaults under the home
    folder (a relative value is ignored, as the specification says)."""
    env = os.environ if env is None else env
    home = Path(env.get("HOME") or Path.home())

    def base(name: str, default: Path) -> Path:
        value = env.get(name, "")
        return Path(value) if value and Path(value).is_absolute() else default

    return Places(
        base("XDG_DATA_HOME", home / ".local" / "share"), base("XDG_CONFIG_HOME", home / ".config")
    )


def program() -> list[str]:
    """The command that starts this program: the bundle's executable, else the
    ``pilot-planner`` script this process was started from, else the one on PATH."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started is not None and started.name.startswith(APP_ID) and started.is_file():
        return [str(started.absolute())]
    found = shutil.which(APP_ID)
    if found is None:
        raise FileNotFoundError(
            _("the '{program}' program is not on PATH; give it with --exec", program=APP_ID)
        )
    return [str(Path(found).absolute())]


def _exec_argument(word: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the specification asks."""
    if word and not any(ch in word for ch in " \t\n\"'\\><~|&;$*?#()`"):
        quoted = word
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in word)
        quoted = f'"{inner}"'
    # Then the escapes of every string value: backslashes doubled, % as %%.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: Sequence[str]) -> str:
    """The ``.desktop`` file launching ``command`` with the file opened (English and French)."""
    exec_line = " ".join(_exec_argument(word) for word in command) + " %f"
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.0",
            f"Name={APP_NAME}",
            "GenericName=AI programme roadmap",
            "GenericName[fr]=Feuille de route de programme d’IA",
            "Comment=Plan and steer an AI programme from pilots to use at scale",
            "Comment[fr]=Planifier et piloter un programme d’IA, des pilotes à l’usage à grande "
            "échelle",
            f"Exec={exec_line}",
            f"Icon={APP_ID}",
            "Terminal=false",
            f"MimeType={MIME_TYPE};",
            "Categories=Office;ProjectManagement;",
            "Keywords=roadmap;pilot;AI;adoption;gate;",
            "Keywords[fr]=feuille de route;pilote;IA;adoption;jalon;",
            f"StartupWMClass={APP_ID}",
            "",
        ]
    )


def mime_package() -> str:
    """The shared-mime-info description of ``.pilotplan`` files (English and French)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f'  <mime-type type="{MIME_TYPE}">\n'
        f"    <comment>{APP_NAME} roadmap</comment>\n"
        f'    <comment xml:lang="fr">Feuille de route {APP_NAME}</comment>\n'
        '    <sub-class-of type="application/json"/>\n'
        f'    <icon name="{APP_ID}"/>\n'
        f'    <glob pattern="*{SUFFIX}" weight="80"/>\n'
        "  </mime-type>\n"
        "</mime-info>\n"
    )


def planned_files(where: Places, command: Sequence[str]) -> dict[Path, bytes]:
    """Every file the install writes, with its content."""
    data = where.data_home
    icons = resources_dir() / "desktop"
    hicolor = data / "icons" / "hicolor"
    files = {
        data / "applications" / DESKTOP_FILE: desktop_entry(command).encode("utf-8"),
        data / "mime" / "packages" / f"{APP_ID}.xml": mime_package().encode("utf-8"),
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg": (
            resources_dir() / "icons" / "app.svg"
        ).read_bytes(),
    }
    for size in ICON_SIZES:
        path = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[path] = (icons / f"{APP_ID}-{size}.png").read_bytes()
    return files


def installed_files(where: Places) -> list[Path]:
    """The files an install writes (whatever program it named)."""
    return list(planned_files(where, [APP_ID]))


def install(where: Places, command: Sequence[str], *, tools: bool = True) -> Report:
    """Write the desktop entry, the file type and the icons, then refresh the
    desktop's caches and make the app the default for ``.pilotplan`` files."""
    report = Report()
    for path, content in planned_files(where, command).items():
        if not path.is_file() or path.read_bytes() != content:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(path.name + ".tmp")
            temporary.write_bytes(content)
            temporary.replace(path)
        report.lines.append(_("installed: {path}", path=str(path)))
    if tools:
        _refresh(where, report)
        _run(["xdg-mime", "default", DESKTOP_FILE, MIME_TYPE], report, _NO_DEFAULT)
    if not report.problems:
        report.lines.append(
            _(
                "{suffix} files now open in {app}: double-click one in the file manager "
                "or in an e-mail",
                suffix=SUFFIX,
                app=APP_NAME,
            )
        )
    return report


def uninstall(where: Places, *, tools: bool = True) -> Report:
    """Remove what :func:`install` wrote, and the app's default for ``.pilotplan`` files."""
    report = Report()
    removed = False
    for path in installed_files(where):
        if path.is_file():
            path.unlink()
            removed = True
            report.lines.append(_("removed: {path}", path=str(path)))
    removed |= _forget_default(where)
    if tools:
        _refresh(where, report)
    _remove_leftovers(where)
    if removed:
        report.lines.append(
            _(
                "{app} is no longer in the menu nor the default for {suffix} files; "
                "the app itself stays installed",
                app=APP_NAME,
                suffix=SUFFIX,
            )
        )
    else:
        report.lines.append(_("nothing to remove: the desktop integration is not installed"))
    return report


_NO_MIME = "mime"
_NO_MENU = "menu"
_NO_DEFAULT = "default"


def _effect(what: str) -> str:
    if what == _NO_MIME:
        return _("the {suffix} file type is known after the next login", suffix=SUFFIX)
    if what == _NO_MENU:
        return _("the menu shows the app after the next login")
    return _(
        "choose {app} once with 'Open with' on a {suffix} file to make it the default",
        app=APP_NAME,
        suffix=SUFFIX,
    )


def _refresh(where: Places, report: Report) -> None:
    """Rebuild the desktop's caches of the folders the install writes to (if they exist)."""
    if (where.data_home / "mime" / "packages").is_dir():
        _run(["update-mime-database", str(where.data_home / "mime")], report, _NO_MIME)
    if (where.data_home / "applications").is_dir():
        _run(["update-desktop-database", str(where.data_home / "applications")], report, _NO_MENU)


def _run(command: list[str], report: Report, what: str) -> None:
    """Run one desktop tool if it is installed; say what follows when it is not."""
    if shutil.which(command[0]) is None:
        report.lines.append(
            _("{tool} is not installed: {effect}", tool=command[0], effect=_effect(what))
        )
        return
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TOOL_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        report.problems.append(_("{tool} failed: {reason}", tool=command[0], reason=str(exc)))
        return
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        report.problems.append(
            _(
                "{tool} failed: {reason}",
                tool=command[0],
                reason=reason[-1] if reason else f"exit {done.returncode}",
            )
        )


def _forget_default(where: Places) -> bool:
    """Take the app out of the ``mimeapps.list`` files ``xdg-mime default`` writes."""
    changed = False
    for path in (
        where.config_home / "mimeapps.list",
        where.data_home / "applications" / "mimeapps.list",
    ):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        kept: list[str] = []
        for line in text.splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip() == MIME_TYPE:
                others = [v for v in value.split(";") if v.strip() and v.strip() != DESKTOP_FILE]
                if others:
                    kept.append(f"{key}={';'.join(others)};")
                continue
            kept.append(line)
        new = "\n".join(kept) + ("\n" if kept else "")
        if new == text:
            continue
        changed = True
        if all(not line.strip() or line.strip().startswith("[") for line in kept):
            path.unlink()  # only section headings left: the file xdg-mime made for us
            _remove_empty_up_to(path.parent, path.parent.parent)
        else:
            path.write_text(new, encoding="utf-8")
    return changed


def _remove_leftovers(where: Places) -> None:
    """Caches and folders the install created, once nothing else is in them."""
    mime = where.data_home / "mime"
    packages = mime / "packages"
    if packages.is_dir() and not any(packages.iterdir()):
        for name in _MIME_CACHES:
            (mime / name).unlink(missing_ok=True)
        for folder in [p for p in mime.iterdir() if p.is_dir() and p != packages]:
            # Generated per-media folders (application/, text/ …) hold only cache files.
            shutil.rmtree(folder, ignore_errors=True)
    applications = where.data_home / "applications"
    if applications.is_dir() and not any(p.suffix == ".desktop" for p in applications.rglob("*")):
        (applications / "mimeinfo.cache").unlink(missing_ok=True)
    folders = {p.parent for p in installed_files(where)} | {mime, applications}
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        _remove_empty_up_to(folder, where.data_home)


def _remove_empty_up_to(folder: Path, top: Path) -> None:
    while folder != top and top in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty, or already gone
            if folder.exists():
                return
        folder = folder.parent
