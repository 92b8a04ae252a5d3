"""The WLanguage grammar (wlanguage.lark), loaded through the package so wheels work."""
