"""What every part of the app uses: settings, language, icons, theme, sizes, and
the one way to ask the user something (:mod:`.prompts`)."""
