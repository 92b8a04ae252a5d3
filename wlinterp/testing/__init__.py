"""Regression tests for WLanguage code: `wl test` and the pytest plugin share one engine.

collect (test files, cases, -k), expectations (`// expect...` comments), engine (load
once, fresh state per case), results (what dbg* checks record), mail (captured messages),
golden (.out files and .mail/ folders), hooks (per-case setup/teardown for families),
report (text, JUnit XML), command (`wl test`), pytest_plugin.
"""
