"""HTML and plain text: HTMLToText/HTMLVersTexte and TextToHTML/TexteVersHTML.

HTMLToText reads the HTML as a browser lays it out, in plain text: tags go, entities are
decoded, runs of spaces and line breaks in the source become one space, block elements
(paragraphs, headings, list items, table rows, divisions...) and <br> start new lines
(CR), table cells are separated by a tab, and the content of <script>, <style>, <head>
and comments is dropped. <pre> keeps its spacing. Invalid HTML is read as leniently as
a browser reads it: the function never fails.

TextToHTML is its reverse for display: the characters that have a meaning in HTML
(& < > ") become entities, characters with an HTML 4 named entity become it (é gives
&eacute;, so the result shows the same in any page encoding), and each line break
becomes <br>.
"""
from __future__ import annotations

import html.entities
import re
from html.parser import HTMLParser

from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

family = Family("HTML text")

_BLOCKS = frozenset(
    "address article aside blockquote caption center dd div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table "
    "tbody thead tfoot tr ul".split())
_HIDDEN = frozenset(("script", "style", "head", "template", "noscript"))
_CELLS = frozenset(("td", "th"))
_SPACES = re.compile(r"[ \t\r\n\f]+")


class _TextWriter(HTMLParser):
    """Collects the visible text; `lines` is built one line at a time."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.hidden = 0
        self.pre = 0
        self.first_cell = True

    def _break(self, forced: bool = False) -> None:
        """Start a new line: always for <br>, once for a block boundary."""
        self.lines[-1] = self.lines[-1].rstrip(" ") if not self.pre else self.lines[-1]
        if forced or self.lines[-1]:
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "body":
            self.hidden = 0  # a <head> left open ends where the body starts
        elif tag == "br":
            self._break(forced=True)
        elif tag in _CELLS:
            if not self.first_cell:
                self.lines[-1] = self.lines[-1].rstrip(" ") + "\t"
            self.first_cell = False
        elif tag in _BLOCKS:
            self._break()
            if tag == "pre":
                self.pre += 1
            self.first_cell = self.first_cell or tag == "tr"

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self._break(forced=True)
        elif tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCKS:
            if tag == "pre" and self.pre:
                self.pre -= 1
            self._break()
            self.first_cell = self.first_cell or tag == "tr"

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre:
            parts = re.split(r"\r\n|\n|\r", data)
            self.lines[-1] += parts[0]
            self.lines.extend(parts[1:])
            return
        text = _SPACES.sub(" ", data).replace("\xa0", " ")
        if not self.lines[-1] or self.lines[-1].endswith((" ", "\t")):
            text = text.lstrip(" ")
        self.lines[-1] += text

    def text(self) -> str:
        lines = [line.rstrip(" ") for line in self.lines]
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        return "\r\n".join(lines)


@family.function("HTMLToText", "HTMLVersTexte")
def html_to_text(rt: Runtime, source: object) -> str:
    """The text a browser would show for `source` (see the module docstring)."""
    writer = _TextWriter()
    writer.feed(V.to_str(source))
    writer.close()
    return writer.text()


def _entity(c: str) -> str:
    if c in "&<>\"":
        return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]
    name = html.entities.codepoint2name.get(ord(c))
    return f"&{name};" if name else c


@family.function("TextToHTML", "TexteVersHTML")
def text_to_html(rt: Runtime, text: object) -> str:
    """`text` written in HTML (see the module docstring): entities for & < > " and for
    the characters HTML 4 names, <br> for each line break (CR LF, LF or CR)."""
    lines = re.split(r"\r\n|\n|\r", V.to_str(text))
    return "<br>".join("".join(c if c.isascii() and c not in "&<>\"" else _entity(c)
                               for c in line) for line in lines)
