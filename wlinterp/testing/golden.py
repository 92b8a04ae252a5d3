"""Golden files for long outputs: `case.wl` beside `case.out` (its stdout) and `case.mail/`
(the messages it sent, normalised: Date, Message-ID and MIME boundaries masked).

A test procedure's files are `file.test_name.out` / `file.test_name.mail/`. `wl test
--update` writes them (refused when the CI environment variable is set): it rewrites the
ones that exist, and creates them for cases that have output (or mail) and no `// expect`
lines of that kind.
"""
from __future__ import annotations

__all__ = ["golden_base", "check_golden_output", "check_golden_mail", "normalise_message",
           "update_refused"]

import os
import re

from .collect import TestCase
from .expectations import compare_lines, read_expectations


def update_refused() -> str | None:
    """Why `--update` may not run here (CI must compare, never rewrite), or None."""
    if os.environ.get("CI"):
        return "--update is refused when CI is set: golden files are compared in CI, " \
               "never rewritten"
    return None


def golden_base(case: TestCase) -> str:
    stem = os.path.splitext(case.file)[0]
    return f"{stem}.{case.procedure}" if case.procedure else stem


def _expects(case: TestCase, kind: str) -> bool:
    with open(case.file, encoding="utf-8", errors="replace") as f:
        exp = read_expectations(f.read(), case.ranges)
    return bool(exp.stdout) if kind == "out" else bool(exp.mail or exp.mail_count)


def check_golden_output(case: TestCase, stdout: str, update: bool) -> str | None:
    """Compare (or with `update`, write) `case.out`; a failure text or None."""
    path = golden_base(case) + ".out"
    exists = os.path.isfile(path)
    if update:
        if exists or (stdout and not _expects(case, "out")):
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(stdout)
        return None
    if not exists:
        return None
    with open(path, encoding="utf-8") as f:
        expected = f.read()
    return compare_lines(expected.splitlines(), stdout.splitlines(),
                         f"{path}: golden output")


def normalise_message(raw: bytes) -> str:
    """A message as stable text: CRLF -> LF, Date and Message-ID masked, each MIME
    boundary replaced by BOUNDARY-n (in order of first appearance)."""
    text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n")
    text = re.sub(r"(?im)^(Date|Message-ID):[^\n]*(\n[ \t][^\n]*)*",
                  lambda m: f"{m.group(1)}: <masked>", text)
    boundaries = list(dict.fromkeys(re.findall(r'boundary="?([^";\s]+)"?', text, re.I)))
    for k, b in enumerate(boundaries, 1):
        text = text.replace(b, f"BOUNDARY-{k}")
    return text


def check_golden_mail(case: TestCase, messages: list[bytes], update: bool) -> str | None:
    """Compare (or write) `case.mail/1.eml, 2.eml...`; a failure text or None."""
    folder = golden_base(case) + ".mail"
    exists = os.path.isdir(folder)
    texts = [normalise_message(m) for m in messages]
    if update:
        if exists or (texts and not _expects(case, "mail")):
            os.makedirs(folder, exist_ok=True)
            for name in os.listdir(folder):
                if name.endswith(".eml"):
                    os.remove(os.path.join(folder, name))
            for k, text in enumerate(texts, 1):
                with open(os.path.join(folder, f"{k}.eml"), "w", encoding="utf-8",
                          newline="\n") as f:
                    f.write(text)
        return None
    if not exists:
        return None
    names = sorted((n for n in os.listdir(folder) if n.endswith(".eml")),
                   key=lambda n: int(n[:-4]) if n[:-4].isdigit() else 0)
    if len(names) != len(texts):
        return (f"{folder}: golden mail\n    expected: {len(names)} message(s)\n"
                f"    got:      {len(texts)} message(s)")
    for name, got in zip(names, texts):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            diff = compare_lines(f.read().splitlines(), got.splitlines(),
                                 f"{folder}/{name}: golden mail")
        if diff:
            return diff
    return None
