"""The menu bar and the toolbar, laid out from the window's actions.

The actions themselves (texts, shortcuts, icons) are declared in
:mod:`ui.window.actions`; this module only arranges them and fills the
Open Recent menu when it opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from ui.app.icons import icon
from ui.app.settings import Settings
from ui.app.sizing import name_overflow
from ui.window.actions import Actions


class Menus(QObject):
    """File, Edit, Roadmap, View and Help, and the main toolbar."""

    def __init__(
        self,
        bar: QMenuBar,
        actions: Actions,
        settings: Settings,
        open_path: Callable[[str], object],
        icon_size: QSize,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._settings = settings
        self._open_path = open_path
        a = actions
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(parent)
        self.recent_menu.setIcon(icon("open"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.export_menu = QMenu(parent)
        self.export_menu.setIcon(icon("export"))
        self.export_menu.addActions([a.export_workbook, a.export_slides, a.export_timeline,
                                     a.export_calendar, a.export_project])  # fmt: skip
        self.file_menu.addActions([a.new, a.open_sample, a.open])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.save, a.save_as, a.save_copy, a.revert])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.compare, a.merge])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.import_usage, a.import_project])
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.close, a.quit])

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([a.undo, a.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a.preferences)

        self.roadmap_menu = bar.addMenu("")
        self.roadmap_menu.addAction(a.roadmap_properties)
        self.roadmap_menu.addAction(a.gate_review)
        self.roadmap_menu.addAction(a.baselines)

        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(list(a.pages.values()))
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.show_findings)
        self.appearance_menu = self.view_menu.addMenu(icon("appearance"), "")
        self.appearance_menu.addActions(a.scheme_group.actions())
        self.language_menu = self.view_menu.addMenu(icon("language"), "")
        self.language_menu.addActions(a.language_group.actions())
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.full_screen)

        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([a.guide, a.shortcuts, a.whats_this])
        self.help_menu.addSeparator()
        self.help_menu.addAction(a.about)

        self.toolbar = QToolBar(parent)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setIconSize(icon_size)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addActions([a.new, a.open, a.save])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.undo, a.redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.import_usage, a.export_workbook])
        name_overflow(self.toolbar)
        a.clear_recent.triggered.connect(self._clear_recent)

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self._settings.existing_recent_files()
        for number, path in enumerate(files, start=1):
            name = Path(path).name.replace("&", "&&")
            action = menu.addAction(f"&{number % 10} {name}" if number <= 10 else name)
            action.setStatusTip(path)
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self._open_path(p))
        if not files:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self._actions.clear_recent)
        self._actions.clear_recent.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self._settings.recent_files = []

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.roadmap_menu.setTitle(self.tr("&Roadmap"))
        self.view_menu.setTitle(self.tr("&View"))
        self.appearance_menu.setTitle(self.tr("&Appearance"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main Toolbar"))

    def refresh_icons(self) -> None:
        self.recent_menu.setIcon(icon("open"))
        self.export_menu.setIcon(icon("export"))
        self.appearance_menu.setIcon(icon("appearance"))
        self.language_menu.setIcon(icon("language"))
