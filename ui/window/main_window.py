"""The main window: navigator, pages, menus, status bar and the file commands.

The window owns one :class:`~ui.document.Document` for its whole life; Open,
New and Revert replace the roadmap inside it, so pages built on it keep
working. The navigator lists Overview, Timeline and then the table pages of
:func:`ui.pages.registry.table_pages` (when that module is installed); pages
are built the first time they are shown.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QPalette,
    QSessionManager,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from planner import __version__, templates
from planner.file import storage
from planner.model.entities import Roadmap
from ui.app import i18n, theme
from ui.app.icons import app_icon, icon
from ui.app.settings import Settings
from ui.dialogs.preferences import PreferencesDialog
from ui.dialogs.prompts import Message, Prompter, QtPrompter
from ui.document import Document
from ui.export.runner import ExportRunner
from ui.files.controller import FileController
from ui.files.recovery import RecoveryStore
from ui.files.session import ReadOnly, Session
from ui.window.actions import Actions
from ui.window.export_menu import ExportCommands
from ui.window.findings import Findings, FindingsButton, FindingsDock
from ui.window.roadmap_menu import RoadmapCommands
from ui.window.visual_pages import VisualPages

APP_NAME = "Pilot-to-Scale Planner"
_PAGE_ICONS = {
    "stages": "stages",
    "use_cases": "use-cases",
    "friction_points": "friction",
    "people": "people",
    "data_sources": "data",
    "measurements": "measurements",
    "decisions": "decisions",
    "risks": "risks",
}


@dataclass(frozen=True)
class Page:
    key: str
    title: Callable[[], str]
    kinds: tuple[str, ...]
    factory: Callable[[Document, QWidget | None], QWidget]
    icon: str


def local_roadmap_files(urls: list[QUrl]) -> list[str]:
    """The local ``.pilotplan`` files among dropped URLs (nothing remote, ever)."""
    return [
        url.toLocalFile()
        for url in urls
        if url.isLocalFile() and url.toLocalFile().lower().endswith(storage.SUFFIX)
    ]


class ReadOnlyBanner(QFrame):
    """Says why the roadmap cannot be edited, with Save As at hand."""

    def __init__(self, save_as: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # quotes the file name
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(save_as.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_reason(self, reason: ReadOnly, name: str) -> None:
        texts = {
            ReadOnly.FILE: self.tr(
                "“{name}” is a read-only file. You can look at it; to make changes, "
                "save a copy with Save As."
            ),
            ReadOnly.FOLDER: self.tr(
                "The folder of “{name}” cannot be written to, so it opened read-only. "
                "To make changes, save it elsewhere with Save As."
            ),
            ReadOnly.LOCKED: self.tr(
                "“{name}” is open on another computer or in another window; you opened it "
                "read-only. To make changes, save a copy with Save As."
            ),
        }
        self.setVisible(reason is not ReadOnly.NO)
        if reason is ReadOnly.NO:
            return
        self.icon.setPixmap(icon("lock").pixmap(20, 20))
        self.label.setText(texts[reason].format(name=name))
        self.button.setText(self.tr("Save &As…"))
        self.setAccessibleName(self.tr("Read-only"))
        self.setAccessibleDescription(self.label.text())


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        prompter: Prompter | None = None,
        recovery: RecoveryStore | None = None,
        roadmap: Roadmap | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.prompter: Prompter = prompter if prompter is not None else QtPrompter(self)
        self.recovery = recovery if recovery is not None else RecoveryStore()
        self.recovery.start()
        self.document = Document(roadmap if roadmap is not None else templates.sample(), self)
        self.session = Session(self.document, self)
        self.files = FileController(
            self.document, self.session, settings, self.recovery, self.prompter, self
        )
        self.files.window = self  # reads show their progress over this window
        self.commands = Actions(self, self.document.undo_stack)
        self.exporter = ExportRunner(self)
        self.exports = ExportCommands(self)
        self.findings = Findings(self.document, self)
        self.roadmap = RoadmapCommands(self)
        self.visual = VisualPages(self)
        self._pages: list[Page] = self._page_specs()
        self._built: dict[str, QWidget] = {}
        self._findings_sized = False

        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks)
        self._build_central()
        self._build_status_bar()
        self._build_menus()
        self._build_toolbar()
        self.findings_dock = FindingsDock(self.findings, self.navigate_to, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.findings_dock.hide()
        self.findings_dock.visibilityChanged.connect(self.commands.show_findings.setChecked)
        self.findings_dock.visibilityChanged.connect(self._findings_shown)
        self._connect()
        self.files.start_untitled(self.document.roadmap, self.tr("Sample roadmap"))
        self.retranslate()
        self._restore_layout()
        self.findings.refresh()

    # ------------------------------------------------------------ building

    def _page_specs(self) -> list[Page]:
        pages = [
            Page(
                "overview",
                lambda: self.tr("Overview"),
                (),
                self.visual.make_dashboard,
                "overview",
            ),
            Page(
                "timeline",
                lambda: self.tr("Timeline"),
                (),
                self.visual.make_timeline,
                "timeline",
            ),
        ]
        # The navigator's own names for the pages of DESIGN §6 (any other page
        # brings its title along).
        titles: dict[str, Callable[[], str]] = {
            "stages": lambda: self.tr("Stages & gates"),
            "use_cases": lambda: self.tr("Use cases"),
            "friction_points": lambda: self.tr("Friction points"),
            "people": lambda: self.tr("People & teams"),
            "data_sources": lambda: self.tr("Data sources"),
            "measurements": lambda: self.tr("Measurements & feedback"),
            "decisions": lambda: self.tr("Decisions"),
            "risks": lambda: self.tr("Risks"),
        }
        from ui.pages.registry import table_pages  # the table pages' modules: after the first paint

        for spec in table_pages():
            pages.append(
                Page(
                    spec.key,
                    titles.get(spec.key, spec.title),
                    tuple(spec.kinds),
                    spec.factory,
                    _PAGE_ICONS.get(spec.key, "overview"),
                )
            )
        return pages

    def _build_central(self) -> None:
        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setIconSize(self.navigator.iconSize().expandedTo(self._icon_size()))
        self.navigator.setFrameShape(QFrame.Shape.NoFrame)
        for page in self._pages:
            item = QListWidgetItem(icon(page.icon), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.navigator.addItem(item)
            self.commands.add_page(page.key, page.icon, page.title)
        width = max(
            self.navigator.sizeHintForColumn(0) + 24, self.fontMetrics().averageCharWidth() * 24
        )
        self.navigator.setMinimumWidth(min(width, 320))
        self.stack = QStackedWidget()
        self.banner = ReadOnlyBanner(self.commands.save_as)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.navigator.minimumWidth(), 1000])
        self.setCentralWidget(self.splitter)

    def _icon_size(self) -> QSize:
        side = max(20, self.fontMetrics().height() + 4)
        return QSize(side, side)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.export_progress = QProgressBar()
        self.export_progress.setMaximumWidth(220)
        self.export_progress.setTextVisible(True)
        self.export_cancel = QToolButton()
        self.export_cancel.setAutoRaise(True)
        self.export_cancel.clicked.connect(self.exporter.cancel)
        bar.addPermanentWidget(self.export_progress)
        bar.addPermanentWidget(self.export_cancel)
        self.export_progress.hide()
        self.export_cancel.hide()
        self.read_only_label = QLabel()
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addPermanentWidget(self.read_only_label)
        self.findings_button = FindingsButton(self.findings)
        bar.addPermanentWidget(self.findings_button)
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)  # file names are user text
        bar.addPermanentWidget(self.file_label)

    def _build_menus(self) -> None:
        a = self.commands
        menus = self.menuBar()
        self.file_menu = menus.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.setIcon(icon("open"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.export_menu = QMenu(self)
        self.export_menu.setIcon(icon("export"))
        self.export_menu.addAction(a.export_workbook)
        self.export_menu.addAction(a.export_timeline)
        self.file_menu.addActions([a.new, a.open])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.save, a.save_as, a.save_copy, a.revert])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.compare, a.merge])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.import_usage)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.close, a.quit])

        self.edit_menu = menus.addMenu("")
        self.edit_menu.addActions([a.undo, a.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a.preferences)

        self.roadmap_menu = menus.addMenu("")
        self.roadmap_menu.addAction(a.roadmap_properties)
        self.roadmap_menu.addAction(a.gate_review)
        self.roadmap_menu.addAction(a.baselines)

        self.view_menu = menus.addMenu("")
        self.view_menu.addActions(list(a.pages.values()))
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.show_findings)
        self.appearance_menu = self.view_menu.addMenu(icon("appearance"), "")
        self.appearance_menu.addActions(a.scheme_group.actions())
        self.language_menu = self.view_menu.addMenu(icon("language"), "")
        self.language_menu.addActions(a.language_group.actions())
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.full_screen)

        self.help_menu = menus.addMenu("")
        self.help_menu.addAction(a.about)

    def _build_toolbar(self) -> None:
        a = self.commands
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setIconSize(self._icon_size())
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addActions([a.new, a.open, a.save])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.undo, a.redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.import_usage, a.export_workbook])
        self.addToolBar(self.toolbar)

    def _connect(self) -> None:
        a, files = self.commands, self.files
        a.new.triggered.connect(files.new_from_template)
        a.open.triggered.connect(files.open_dialog)
        a.save.triggered.connect(files.save)
        a.save_as.triggered.connect(files.save_as)
        a.save_copy.triggered.connect(files.save_copy)
        a.revert.triggered.connect(files.revert)
        a.clear_recent.triggered.connect(self._clear_recent)
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(self._quit)
        a.export_workbook.triggered.connect(self.exports.workbook)
        a.export_timeline.triggered.connect(self.exports.timeline)
        a.import_usage.triggered.connect(self.import_usage)
        a.roadmap_properties.triggered.connect(self.roadmap.properties)
        a.baselines.triggered.connect(self.roadmap.baselines)
        a.compare.triggered.connect(self.roadmap.compare)
        a.merge.triggered.connect(self.roadmap.merge)
        a.gate_review.triggered.connect(self.visual.review_current_stage)
        self.roadmap.baseline_chosen.connect(self.visual.baseline_chosen)
        a.about.triggered.connect(self.about)
        a.preferences.triggered.connect(self.preferences)
        a.show_findings.toggled.connect(self.findings_dock.setVisible)
        a.full_screen.toggled.connect(self._full_screen)
        a.language_group.triggered.connect(self._language_chosen)
        a.scheme_group.triggered.connect(self._scheme_chosen)
        for page_action in a.pages.values():
            page_action.triggered.connect(
                lambda _=False, act=page_action: self.show_page(str(act.data()))
            )
        self.findings_button.clicked.connect(
            lambda: a.show_findings.setChecked(not a.show_findings.isChecked())
        )
        self.navigator.currentRowChanged.connect(self._row_changed)
        # Bound methods, not lambdas: Qt drops them when the window goes, and the
        # undo stack still emits while it is being destroyed with the window.
        self.document.undo_stack.cleanChanged.connect(self._state_signal)
        self.document.read_only_changed.connect(self._state_signal)
        self.document.refused.connect(self._show_message)
        self.session.changed.connect(self.update_state)
        files.status.connect(self._show_message)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)

    def _findings_shown(self, visible: bool) -> None:
        if visible and not self._findings_sized and self.findings_dock.isFloating() is False:
            # A few lines high the first time; after that the user's size is kept.
            self._findings_sized = True
            lines = self.fontMetrics().lineSpacing() * 7
            self.resizeDocks([self.findings_dock], [lines], Qt.Orientation.Vertical)

    def _restore_layout(self) -> None:
        if not self.restoreGeometry(self.settings.geometry):
            self.resize(1240, 800)
        self.restoreState(self.settings.window_state)
        keys = [p.key for p in self._pages]
        page = self.settings.page
        self.show_page(page if page in keys else "overview")

    # ------------------------------------------------------------ pages

    def page_keys(self) -> list[str]:
        return [p.key for p in self._pages]

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, built on first use."""
        widget = self._built.get(key)
        if widget is None:
            spec = next(p for p in self._pages if p.key == key)
            widget = spec.factory(self.document, self.stack)
            widget.setAccessibleName(spec.title())
            self.stack.addWidget(widget)
            self._built[key] = widget
            self.visual.page_built(key, widget)
        return widget

    def current_page_key(self) -> str:
        item = self.navigator.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        spec = next(p for p in self._pages if p.key == key)
        self.visual.page_shown(key, widget, spec.kinds)
        row = self.page_keys().index(key)
        if self.navigator.currentRow() != row:
            self.navigator.setCurrentRow(row)
        return widget

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.show_page(self._pages[row].key)

    def navigate_to(self, kind: str, entity_id: str) -> bool:
        """Show the entity in the page that lists its kind (select and reveal it)."""
        for page in self._pages:
            if kind in page.kinds:
                widget = self.show_page(page.key)
                return bool(getattr(widget, "show_entity", lambda _k, _i: False)(kind, entity_id))
        if kind in ("stage", "use_case"):
            timeline = self.show_page("timeline")
            return bool(getattr(timeline, "show_entity")(kind, entity_id))  # noqa: B009
        return False

    def _rebuild_pages(self) -> None:
        """Build the pages again (after a language change), keeping the one shown."""
        current = self.current_page_key() or "overview"
        for widget in self._built.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        self.show_page(current)

    # ------------------------------------------------------------ state

    def _state_signal(self, _value: bool) -> None:
        self.update_state()

    def _show_message(self, text: str) -> None:
        if Shiboken.isValid(self):
            self.statusBar().showMessage(text, 8000)

    def update_state(self) -> None:
        if not Shiboken.isValid(self):
            return  # the window is being destroyed
        session = self.session
        read_only = session.read_only is not ReadOnly.NO
        name = session.name
        shown = self.tr("{name} (read-only)").format(name=name) if read_only else name
        self.setWindowTitle(
            self.tr("{name}[*] — {app}").format(name=shown.replace("[*]", "[*][*]"), app=APP_NAME)
        )
        self.setWindowModified(session.dirty)
        self.setWindowFilePath(session.path or "")
        self.file_label.setText(name)
        self.file_label.setToolTip(session.path or self.tr("Not saved yet"))
        self.file_label.setAccessibleName(self.tr("File: {name}").format(name=name))
        self.read_only_label.setText(self.tr("Read-only") if read_only else "")
        self.read_only_label.setVisible(read_only)
        self.banner.show_reason(session.read_only, name)
        a = self.commands
        a.save.setEnabled(not read_only)
        a.revert.setEnabled(session.has_file and session.dirty)
        a.import_usage.setEnabled(not read_only)
        a.export_workbook.setEnabled(not self.exporter.running)
        a.export_timeline.setEnabled(not self.exporter.running)
        a.merge.setEnabled(not read_only)

    def retranslate(self) -> None:
        self.commands.retranslate()
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
        self.navigator.setAccessibleName(self.tr("Navigator"))
        self.navigator.setToolTip(self.tr("Pages of the roadmap (Ctrl+1 … Ctrl+0)"))
        for row, page in enumerate(self._pages):
            item = self.navigator.item(row)
            if item is not None:
                item.setText(page.title())
        self.export_cancel.setText(self.tr("Cancel"))
        self.export_cancel.setToolTip(self.tr("Stop the export"))
        self.export_progress.setAccessibleName(self.tr("Export progress"))
        self.findings_dock.retranslate()
        self.findings_button.retranslate()
        language = self.settings.language
        for action in self.commands.language_group.actions():
            action.setChecked(action.data() == language)
        scheme = self.settings.color_scheme
        for action in self.commands.scheme_group.actions():
            action.setChecked(action.data() == scheme)
        self.update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "findings_dock"):
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and hasattr(self, "navigator"):
            self._refresh_icons()
        super().changeEvent(event)

    def _refresh_icons(self) -> None:
        self.commands.refresh_icons()
        for row, page in enumerate(self._pages):
            item = self.navigator.item(row)
            if item is not None:
                item.setIcon(icon(page.icon))
        self.findings_button.setIcon(icon("findings"))
        self.recent_menu.setIcon(icon("open"))
        self.export_menu.setIcon(icon("export"))
        self.appearance_menu.setIcon(icon("appearance"))
        self.language_menu.setIcon(icon("language"))
        self.findings_dock.fill()

    # ------------------------------------------------------------ menus

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.settings.existing_recent_files()
        for number, path in enumerate(files, start=1):
            name = Path(path).name.replace("&", "&&")
            action = menu.addAction(f"&{number % 10} {name}" if number <= 10 else name)
            action.setStatusTip(path)
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.files.open_path(p))
        if not files:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.commands.clear_recent)
        self.commands.clear_recent.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.recent_files = []

    def _language_chosen(self, action: QAction) -> None:
        self.settings.language = str(action.data())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install(app, self.settings.language)
        self._rebuild_pages()
        self.retranslate()
        self.findings.refresh()  # the findings' sentences are made in the new language

    def _scheme_chosen(self, action: QAction) -> None:
        self.settings.color_scheme = str(action.data())
        self._apply_scheme()

    def _system_scheme_changed(self, _scheme: object = None) -> None:
        if self.settings.color_scheme == "system":
            self._apply_scheme()

    def _apply_scheme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.settings.color_scheme)
        self._refresh_icons()

    def _full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        try:
            if dialog.exec():
                self.files.apply_autosave_interval()
        finally:
            dialog.deleteLater()

    def about(self) -> None:
        self.prompter.tell(
            Message(
                key="about",
                title=self.tr("About {app}").format(app=APP_NAME),
                text=self.tr("{app}, version {version}").format(app=APP_NAME, version=__version__),
                informative=self.tr(
                    "Plan and steer an AI programme from isolated pilots to real use at scale.\n"
                    "Works offline: it never connects to the network.\n\n"
                    "Qt {qt} · PySide6 {pyside} · Python {python}"
                ).format(qt=qVersion(), pyside=pyside_version, python=platform.python_version()),
            )
        )

    # ------------------------------------------------------------ import and export

    def import_usage(self) -> None:
        from ui.dialogs.import_usage import run_import  # a dialog: imported on first use

        if not self.document.read_only:
            run_import(self.document, self)

    # ------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_roadmap_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if local_roadmap_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_roadmap_files(event.mimeData().urls())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop has finished: the open may ask questions in dialogs.
        QTimer.singleShot(0, self, lambda: self.files.open_path(files[0]))

    # ------------------------------------------------------------ closing

    def _quit(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.closeAllWindows()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.exporter.running:
            self.exporter.cancel()
        self.files.shutdown()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.page = self.current_page_key() or "overview"
        self.settings.sync()
        event.accept()

    def commit_data(self, manager: QSessionManager) -> None:
        """The desktop session is ending (log-out, shut-down): ask, or at least autosave."""
        if not self.session.dirty:
            return
        if manager.allowsInteraction():
            if not self.files.maybe_save():
                manager.cancel()
            manager.release()
        else:
            self.files.autosave_now()

    def emergency_autosave(self) -> None:
        """Best effort after an unexpected error: keep the unsaved work recoverable."""
        with suppress(Exception):  # we are already handling a failure
            self.files.autosave_now()
