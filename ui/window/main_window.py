"""The main window: navigator, pages, menus, status bar and the file commands.

The window owns one :class:`~ui.document.Document` for its whole life; Open,
New and Revert replace the roadmap inside it, so pages built on it keep
working. Its parts each get only what they need: the navigator and its
pages (:mod:`.navigator`), the menus (:mod:`.menus`) over the actions
(:mod:`.actions`), exports (:mod:`.exports`), the Roadmap menu's dialogs
(:mod:`.roadmap_dialogs`), the Overview and Timeline (:mod:`.visual_pages`),
and the findings (:mod:`.findings`).
"""

from __future__ import annotations

import platform
from contextlib import suppress
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QSessionManager,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from planner import APP_NAME, __version__, templates
from planner.file import storage
from planner.model.entities import Roadmap
from planner.model.kinds import EntityKind
from ui.app import i18n, theme
from ui.app.icons import app_icon, icon
from ui.app.prompts import Message, Prompter, QtPrompter
from ui.app.settings import Settings
from ui.app.sizing import fit_dialog, place_first_window
from ui.document import Document
from ui.files.controller import FileController
from ui.files.read_ahead import ReadAhead
from ui.files.recovery import RecoveryStore
from ui.files.session import ReadOnly, Session
from ui.window.actions import Actions
from ui.window.banner import ReadOnlyBanner
from ui.window.exports import Exports
from ui.window.findings import Findings, FindingsButton, FindingsDock
from ui.window.menus import Menus
from ui.window.navigator import Navigator
from ui.window.roadmap_dialogs import RoadmapDialogs
from ui.window.visual_pages import VisualPages


def local_roadmap_files(urls: list[QUrl]) -> list[str]:
    """The local ``.pilotplan`` files among dropped URLs (nothing remote, ever)."""
    return [
        url.toLocalFile()
        for url in urls
        if url.isLocalFile() and url.toLocalFile().lower().endswith(storage.SUFFIX)
    ]


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        prompter: Prompter | None = None,
        recovery: RecoveryStore | None = None,
        roadmap: Roadmap | None = None,
        opened: ReadAhead | None = None,
    ) -> None:
        """``opened``: the file the start read before building the window (it shows
        that file from its first frame; see :mod:`ui.files.read_ahead`)."""
        super().__init__()
        self.settings = settings
        self.prompter: Prompter = prompter if prompter is not None else QtPrompter(self)
        self.recovery = recovery if recovery is not None else RecoveryStore()
        self.recovery.start()
        if roadmap is None:
            roadmap = opened.read.roadmap if opened is not None else templates.sample()
        document = Document(roadmap, self)
        self.document = document
        self.session = Session(document, self)
        self.files = FileController(
            document, self.session, settings, self.recovery, self.prompter, self
        )
        self.window_actions = Actions(self, document.undo_stack)
        self.exports = Exports(document, self.session, settings, self.prompter, self)
        self.findings = Findings(document, self)
        self.roadmap_dialogs = RoadmapDialogs(document, settings, self.prompter, self)
        self.visual_pages = VisualPages(document, lambda: self.roadmap_dialogs.shown_baseline, self)
        self.navigator = Navigator(
            document,
            self.visual_pages.make_dashboard,
            self.visual_pages.make_timeline,
            self._icon_size(),
            self,
        )
        self._findings_sized = False

        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks)
        for page in self.navigator.pages:
            self.window_actions.add_page(page.key, page.icon, page.title)
        self._build_central()
        self._build_status_bar()
        self.menus = Menus(
            self.menuBar(),
            self.window_actions,
            settings,
            self.files.open_path,
            self._icon_size(),
            self,
        )
        self.addToolBar(self.menus.toolbar)
        self.findings_dock = FindingsDock(self.findings, self.navigate_to, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.findings_dock.hide()
        self.findings_dock.visibilityChanged.connect(self.window_actions.show_findings.setChecked)
        self.findings_dock.visibilityChanged.connect(self._findings_shown)
        self._connect()
        if opened is None or not self.files.open_read(opened.path, opened.read, ask=False):
            if opened is not None and roadmap is opened.read.roadmap:
                roadmap = templates.sample()  # the file waits for the usual open
            self.files.start_untitled(roadmap, self.tr("Sample roadmap"))
        self.retranslate()
        self._restore_layout()
        self.findings.refresh()

    # ------------------------------------------------------------ building

    def _build_central(self) -> None:
        self.banner = ReadOnlyBanner(self.window_actions.save_as)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.navigator.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigator.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.navigator.list.minimumWidth(), 1000])
        self.setCentralWidget(self.splitter)

    def _icon_size(self) -> QSize:
        side = max(20, self.fontMetrics().height() + 4)
        return QSize(side, side)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.addPermanentWidget(self.exports.progress.bar)
        bar.addPermanentWidget(self.exports.progress.cancel)
        self.read_only_label = QLabel()
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addPermanentWidget(self.read_only_label)
        self.findings_button = FindingsButton(self.findings)
        bar.addPermanentWidget(self.findings_button)
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)  # file names are user text
        bar.addPermanentWidget(self.file_label)

    def _connect(self) -> None:
        a, files = self.window_actions, self.files
        a.new.triggered.connect(files.new_from_template)
        a.open_sample.triggered.connect(files.open_sample)
        a.open.triggered.connect(files.open_dialog)
        a.save.triggered.connect(files.save)
        a.save_as.triggered.connect(files.save_as)
        a.save_copy.triggered.connect(files.save_copy)
        a.revert.triggered.connect(files.revert)
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(self._quit)
        a.export_workbook.triggered.connect(self.exports.workbook)
        a.export_timeline.triggered.connect(self.exports.timeline)
        a.export_slides.triggered.connect(self.exports.slides)
        a.export_calendar.triggered.connect(self.exports.calendar)
        a.export_project.triggered.connect(self.exports.project)
        a.import_project.triggered.connect(self.import_project)
        a.import_usage.triggered.connect(self.import_usage)
        dialogs, visual = self.roadmap_dialogs, self.visual_pages
        a.roadmap_properties.triggered.connect(dialogs.properties)
        a.baselines.triggered.connect(dialogs.baselines)
        a.compare.triggered.connect(dialogs.compare)
        a.merge.triggered.connect(dialogs.merge)
        a.gate_review.triggered.connect(visual.review_current_stage)
        dialogs.baseline_chosen.connect(visual.baseline_chosen)
        dialogs.navigate.connect(self.navigate_to)
        visual.navigate.connect(self.navigate_to)
        visual.properties_requested.connect(dialogs.properties)
        self.navigator.page_built.connect(visual.page_built)
        self.navigator.page_shown.connect(visual.page_shown)
        self.exports.running_changed.connect(self.update_state)
        self.exports.status.connect(self._show_short_message)
        a.about.triggered.connect(self.about)
        a.guide.triggered.connect(lambda: self.help_guide("method").show())
        a.shortcuts.triggered.connect(lambda: self.help_guide("shortcuts").show())
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
            place_first_window(self)  # sized to the screen; remembered when it closes
        self.restoreState(self.settings.window_state)
        page = self.settings.page
        self.show_page(page if page in self.page_keys() else "overview")

    # ------------------------------------------------------------ pages

    def page_keys(self) -> list[str]:
        return self.navigator.keys()

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, built on first use."""
        return self.navigator.page(key)

    def current_page_key(self) -> str:
        return self.navigator.current_key()

    def show_page(self, key: str) -> QWidget:
        return self.navigator.show(key)

    def navigate_to(self, kind: EntityKind, entity_id: str) -> bool:
        """Show the entity in the page that lists its kind (select and reveal it)."""
        return self.navigator.navigate_to(kind, entity_id)

    # ------------------------------------------------------------ state

    def _state_signal(self, _value: bool) -> None:
        self.update_state()

    def _show_message(self, text: str) -> None:
        if Shiboken.isValid(self):
            self.statusBar().showMessage(text, 8000)

    def _show_short_message(self, text: str) -> None:
        if Shiboken.isValid(self):
            self.statusBar().showMessage(text, 5000)

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
        a = self.window_actions
        exporting = self.exports.running
        a.save.setEnabled(not read_only)
        a.revert.setEnabled(session.has_file and session.dirty)
        a.import_usage.setEnabled(not read_only)
        a.import_project.setEnabled(not read_only)
        for export in (a.export_workbook, a.export_timeline, a.export_slides,
                       a.export_calendar, a.export_project):  # fmt: skip
            export.setEnabled(not exporting)
        a.merge.setEnabled(not read_only)

    def retranslate(self) -> None:
        self.window_actions.retranslate()
        self.menus.retranslate()
        self.navigator.retranslate()
        self.exports.progress.retranslate()
        self.findings_dock.retranslate()
        self.findings_button.retranslate()
        language = self.settings.language
        for action in self.window_actions.language_group.actions():
            action.setChecked(action.data() == language)
        scheme = self.settings.color_scheme
        for action in self.window_actions.scheme_group.actions():
            action.setChecked(action.data() == scheme)
        self.update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "findings_dock"):
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and hasattr(self, "findings_dock"):
            self._refresh_icons()
        super().changeEvent(event)

    def _refresh_icons(self) -> None:
        self.window_actions.refresh_icons()
        self.navigator.refresh_icons()
        self.menus.refresh_icons()
        self.findings_button.setIcon(icon("findings"))
        self.findings_dock.fill()

    # ------------------------------------------------------------ menus

    def _language_chosen(self, action: QAction) -> None:
        self.settings.language = str(action.data())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install(app, self.settings.language)
        # Widgets take their parent's locale, not the new default: give the window the new
        # one, so numbers and dates in every page built from now on are written its way.
        self.setLocale(QLocale())
        self.navigator.rebuild()
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
        from ui.dialogs.preferences import PreferencesDialog

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

    def help_guide(self, page: str = "method") -> QWidget:
        """The guide's window (one, kept; shown on ``page``), built on first use."""
        from ui.dialogs.guide import GuideWindow  # first use, not at start-up

        guide = self.findChild(GuideWindow, "guide")
        if guide is None:
            guide = GuideWindow(self.window_actions.with_shortcuts(), self)
            fit_dialog(guide, QSize(980, 760))
        guide.show_page(page)
        guide.raise_()
        return guide

    # ------------------------------------------------------------ import and export

    def import_usage(self) -> None:
        from ui.dialogs.import_usage import run_import  # a dialog: imported on first use

        if not self.document.read_only:
            run_import(self.document, self, self.settings)

    def import_project(self) -> None:
        from ui.dialogs.import_project import run_project_import  # imported on first use

        if not self.document.read_only:
            run_project_import(self.document, self.prompter, self.settings, self)

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
        self.exports.cancel()
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
