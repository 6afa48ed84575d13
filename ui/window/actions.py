"""Every command of the main window as a ``QAction``, declared in one place.

Texts, tips and mnemonics are (re)set in :meth:`Actions.retranslate`, which
the window calls again when the language changes; shortcuts use
``QKeySequence.StandardKey`` so each platform gets its own bindings (Quit has
none on Linux and Windows, so Ctrl+Q is added there). Undo and Redo follow
the document's undo stack and name the step they would undo.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWhatsThis

from ui.app.icons import icon

SK = QKeySequence.StandardKey


class Actions(QObject):
    """The window's actions; connect their ``triggered`` signals where they are used."""

    def __init__(self, parent: QObject, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self._icons: dict[QAction, str] = {}

        # File
        self.new = self._make("new", SK.New)
        self.open_sample = self._make("")
        self.open = self._make("open", SK.Open)
        self.clear_recent = self._make("")
        self.save = self._make("save", SK.Save)
        self.save_as = self._make("save-as", SK.SaveAs)
        self.save_copy = self._make("save-as")
        self.revert = self._make("revert")
        self.export_workbook = self._make("export", "Ctrl+E")
        self.export_timeline = self._make("timeline", "Ctrl+Shift+E")
        self.export_slides = self._make("export")
        self.export_calendar = self._make("export")
        self.export_project = self._make("export")
        self.import_project = self._make("import")
        self.import_usage = self._make("import", "Ctrl+I")
        self.close = self._make("close", SK.Close)

        # Roadmap
        self.roadmap_properties = self._make("properties")
        self.gate_review = self._make("decisions", "Ctrl+Shift+G")
        self.baselines = self._make("baseline")
        self.compare = self._make("compare")
        self.merge = self._make("merge")
        self.quit = self._make("quit", SK.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        if sys.platform != "darwin" and not self.quit.shortcuts():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
            self.quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        # Edit
        self.undo = self._make("undo", SK.Undo)
        self.redo = self._make("redo", SK.Redo)
        # Track the stack through its signals' values: while the stack is being
        # destroyed it still emits, and must not be called back then.
        self._can_undo, self._can_redo = undo_stack.canUndo(), undo_stack.canRedo()
        self._undo_text, self._redo_text = undo_stack.undoText(), undo_stack.redoText()
        undo_stack.canUndoChanged.connect(self._set_can_undo)
        undo_stack.canRedoChanged.connect(self._set_can_redo)
        undo_stack.undoTextChanged.connect(self._set_undo_text)
        undo_stack.redoTextChanged.connect(self._set_redo_text)
        self.preferences = self._make("", SK.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.undo.triggered.connect(undo_stack.undo)
        self.redo.triggered.connect(undo_stack.redo)

        # View
        self.show_findings = self._make("findings", "Ctrl+Shift+F", checkable=True)
        self.full_screen = self._make("", SK.FullScreen, checkable=True)
        self.language_group = QActionGroup(self)
        self.language_system = self._make("", checkable=True, group=self.language_group)
        self.language_en = self._make("", checkable=True, group=self.language_group)
        self.language_fr = self._make("", checkable=True, group=self.language_group)
        self.language_system.setData("system")
        self.language_en.setData("en")
        self.language_fr.setData("fr")
        self.scheme_group = QActionGroup(self)
        self.scheme_system = self._make("", checkable=True, group=self.scheme_group)
        self.scheme_light = self._make("", checkable=True, group=self.scheme_group)
        self.scheme_dark = self._make("", checkable=True, group=self.scheme_group)
        self.scheme_system.setData("system")
        self.scheme_light.setData("light")
        self.scheme_dark.setData("dark")
        self.pages: dict[str, QAction] = {}
        self._page_titles: dict[str, Callable[[], str]] = {}

        # Help
        self.guide = self._make("about", SK.HelpContents)
        self.shortcuts = self._make("")
        self.whats_this = QWhatsThis.createAction(self)
        self.whats_this.setShortcut(QKeySequence(SK.WhatsThis))
        self.about = self._make("about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        self.retranslate()
        self._update_undo()

    def _make(
        self,
        icon_name: str,
        shortcut: QKeySequence.StandardKey | str | None = None,
        *,
        checkable: bool = False,
        group: QActionGroup | None = None,
    ) -> QAction:
        action = QAction(self)
        if icon_name:
            self._icons[action] = icon_name
            action.setIcon(icon(icon_name))
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if group is not None:
            group.addAction(action)
        return action

    def add_page(self, key: str, icon_name: str, title: Callable[[], str]) -> QAction:
        """The action that shows a page of the navigator (Ctrl+1 … Ctrl+0 for the first ten)."""
        position = len(self.pages)
        action = self._make(icon_name, f"Ctrl+{(position + 1) % 10}" if position < 10 else None)
        action.setData(key)
        self.pages[key] = action
        self._page_titles[key] = title
        action.setText(title().replace("&", "&&"))  # "Stages & gates" is no mnemonic
        return action

    def with_shortcuts(self) -> list[QAction]:
        """Every action, in menu order, for the guide's list of keyboard shortcuts."""
        return [a for a in self.findChildren(QAction) if a.shortcuts() and not a.isSeparator()]

    def refresh_icons(self) -> None:
        """Redraw every icon in the palette's colours (after a light/dark switch)."""
        for action, name in self._icons.items():
            action.setIcon(icon(name))

    def _set_can_undo(self, can: bool) -> None:
        self._can_undo = can
        self._update_undo()

    def _set_can_redo(self, can: bool) -> None:
        self._can_redo = can
        self._update_undo()

    def _set_undo_text(self, text: str) -> None:
        self._undo_text = text
        self._update_undo()

    def _set_redo_text(self, text: str) -> None:
        self._redo_text = text
        self._update_undo()

    def _update_undo(self) -> None:
        self.undo.setEnabled(self._can_undo)
        self.redo.setEnabled(self._can_redo)
        undo_text, redo_text = self._undo_text, self._redo_text
        self.undo.setText(
            self.tr("&Undo “{step}”").format(step=undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo.setText(
            self.tr("&Redo “{step}”").format(step=redo_text) if redo_text else self.tr("&Redo")
        )

    def retranslate(self) -> None:
        texts: list[tuple[QAction, str, str]] = [
            (
                self.new,
                self.tr("&New from Template…"),
                self.tr("Start a new roadmap: the stages, gates and metrics of a template"),
            ),
            (
                self.open_sample,
                self.tr("Open the Sample Pro&gramme"),
                self.tr("A full example programme to look around in (unsaved)"),
            ),
            (self.open, self.tr("&Open…"), self.tr("Open a roadmap file")),
            (
                self.clear_recent,
                self.tr("&Clear List"),
                self.tr("Forget the recently opened files"),
            ),
            (self.save, self.tr("&Save"), self.tr("Save the roadmap")),
            (self.save_as, self.tr("Save &As…"), self.tr("Save the roadmap under another name")),
            (
                self.save_copy,
                self.tr("Save a Cop&y…"),
                self.tr("Save a copy as a roadmap of its own; keep working on this one"),
            ),
            (
                self.revert,
                self.tr("Re&vert to Saved"),
                self.tr("Discard unsaved changes and reopen the file"),
            ),
            (
                self.export_workbook,
                self.tr("Steering-Committee &Workbook (Excel)…"),
                self.tr("Export the steering-committee workbook as an Excel file"),
            ),
            (
                self.export_timeline,
                self.tr("&Timeline as PDF or PNG…"),
                self.tr("Print the timeline to a PDF, or a picture for slides"),
            ),
            (
                self.export_slides,
                self.tr("Committee &Slides (PowerPoint)…"),
                self.tr("Export the committee slides: editable text, tables and charts"),
            ),
            (
                self.export_calendar,
                self.tr("Review &Calendar (.ics)…"),
                self.tr("Export gate reviews and planned trainings for Outlook or any calendar"),
            ),
            (
                self.export_project,
                self.tr("MS &Project (XML)…"),
                self.tr("Export the plan for MS Project: stages, use cases, gate reviews"),
            ),
            (
                self.import_project,
                self.tr("Import MS Pro&ject Plan…"),
                self.tr("Bring stages and use cases in from an MS Project XML file"),
            ),
            (
                self.import_usage,
                self.tr("&Import Usage Data…"),
                self.tr("Add measurements from a usage report (CSV or Excel)"),
            ),
            (self.close, self.tr("&Close"), self.tr("Close the window")),
            (
                self.roadmap_properties,
                self.tr("Roadmap &Properties…"),
                self.tr("Title, organisation, currency, cost of an hour, horizon"),
            ),
            (
                self.gate_review,
                self.tr("&Gate Review…"),
                self.tr("The evidence for a stage's gate and the committee's decision"),
            ),
            (
                self.baselines,
                self.tr("&Baselines…"),
                self.tr("Capture the planned dates, e.g. what the committee saw, and show slip"),
            ),
            (
                self.compare,
                self.tr("Com&pare With…"),
                self.tr("List what changed between this roadmap and another version of it"),
            ),
            (
                self.merge,
                self.tr("&Merge a Colleague's Copy…"),
                self.tr("Combine a copy edited offline with this roadmap"),
            ),
            (self.quit, self.tr("&Quit"), self.tr("Quit the app")),
            (self.show_findings, self.tr("&Findings"), self.tr("Show the method checks' findings")),
            (
                self.full_screen,
                self.tr("F&ull Screen"),
                self.tr("Show the window on the whole screen"),
            ),
            (
                self.language_system,
                self.tr("&System Language"),
                self.tr("Follow the system's language"),
            ),
            (self.language_en, "&English", "English"),
            (self.language_fr, "&Français", "Français"),
            (
                self.scheme_system,
                self.tr("&System Setting"),
                self.tr("Follow the system's light or dark mode"),
            ),
            (self.scheme_light, self.tr("&Light"), self.tr("Always use light colours")),
            (self.scheme_dark, self.tr("&Dark"), self.tr("Always use dark colours")),
            (
                self.guide,
                self.tr("&Guide"),
                self.tr("The method, a month with the app, what each gate figure means"),
            ),
            (
                self.shortcuts,
                self.tr("&Keyboard Shortcuts"),
                self.tr("Every command that has a key, in the guide"),
            ),
            (
                self.whats_this,
                self.tr("&What's This?"),
                self.tr("Click a figure of the Overview to read what it means"),
            ),
            (self.about, self.tr("&About Pilot-to-Scale Planner"), self.tr("Version and licence")),
            (
                self.preferences,
                self.tr("&Preferences…"),
                self.tr("Your name for shared roadmaps, and how often to autosave"),
            ),
        ]
        for action, text, tip in texts:
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(_with_shortcut(tip, action))
        self.undo.setToolTip(_with_shortcut(self.tr("Undo the last change"), self.undo))
        self.redo.setToolTip(_with_shortcut(self.tr("Redo the change undone last"), self.redo))
        for key, action in self.pages.items():
            action.setText(self._page_titles[key]().replace("&", "&&"))
            action.setStatusTip(self.tr("Show {page}").format(page=self._page_titles[key]()))
        self._update_undo()


def _with_shortcut(tip: str, action: QAction) -> str:
    """A tool tip that also teaches the keyboard shortcut ("Save the roadmap (Ctrl+S)")."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{tip} ({keys})" if keys else tip
