"""The main window and its parts (navigator, menus and actions, exports, the Roadmap
menu's dialogs, Overview/Timeline wiring, findings), and the app's start-up."""
