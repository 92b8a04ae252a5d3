"""The comments and processing instructions of an XML text, kept beside its elements so
that XMLBuildString and XMLSave write them back where they were: a configuration file
that a program reads, edits and saves kept none of its `<!-- ... -->` notes (nor a
`<?xml-stylesheet ...?>` line), which were silently lost. INFERRED (docs/builtins.md
"Comments kept"): WINDEV's XML documents keep them; no stored page says so. A text read
from a CDATA section is written back as one while the program leaves it unchanged.

They are not elements: navigation, XPath, `..Children` and the named-document functions
do not see them, as before. Each is kept with the blank text that followed it, keyed by
the element it precedes (`_BEFORE`), by the element whose content it ends (`_AT_END`),
or, outside the root, by the root (`_PROLOG`, `_EPILOG`); an element deleted takes the
notes before it along. The tables hold the elements weakly: a document no longer used
frees them. A copy of a node (XMLAddChild of a node) is made without them.
"""
from __future__ import annotations

__all__ = ["MarkupKeeper", "before", "at_end", "prolog", "epilog", "cdata"]

import xml.etree.ElementTree as ET
from typing import Any, Callable
from weakref import WeakKeyDictionary

Markup = list[str]  # [the comment or instruction as written, the blank text after it]

_BEFORE: WeakKeyDictionary[ET.Element, list[Markup]] = WeakKeyDictionary()
_AT_END: WeakKeyDictionary[ET.Element, list[Markup]] = WeakKeyDictionary()
_PROLOG: WeakKeyDictionary[ET.Element, list[Markup]] = WeakKeyDictionary()
_EPILOG: WeakKeyDictionary[ET.Element, list[Markup]] = WeakKeyDictionary()
_CDATA: WeakKeyDictionary[ET.Element, str] = WeakKeyDictionary()  # its text as read


def before(el: ET.Element, written: str) -> tuple[str, str]:
    """The notes written just before `el` inside its parent, with their blanks, and
    `written` (the text before them) without those blanks (see `_placed`)."""
    return _placed(_BEFORE.get(el), written)


def at_end(el: ET.Element, written: str) -> tuple[str, str]:
    """The notes that end `el`'s content, after its last child, as `before`."""
    return _placed(_AT_END.get(el), written)


def _placed(found: list[Markup] | None, written: str) -> tuple[str, str]:
    """(`written` less the blanks the notes had after them, the notes with those blanks).
    The blanks belong to the element's text too (`<p>Price:<!-- eur --> <b>` reads
    "Price: "): they were kept with the note alone and lost from the text. The text ends
    with them while the program leaves it unchanged, so they are written once, after the
    notes, where they were; a text the program changed is written whole before the notes."""
    if not found:
        return written, ""
    blanks = "".join(after for _, after in found)
    if blanks and written.endswith(blanks):
        return written[:-len(blanks)], "".join(m + after for m, after in found)
    return written, "".join(m for m, _ in found)


def cdata(el: ET.Element) -> str | None:
    """`<![CDATA[text]]>` for an element without children whose text was read from a
    CDATA section and is unchanged since (a text the program set is written escaped, as
    before); None otherwise."""
    read = _CDATA.get(el)
    if read is None or read != el.text or len(el) or "]]>" in read:
        return None
    return f"<![CDATA[{read}]]>"


def prolog(root: ET.Element) -> str:
    """The notes before the root element, each on its own line."""
    return "".join(m + "\n" for m, _ in _PROLOG.get(root, ()))


def epilog(root: ET.Element) -> str:
    """The notes after the root element, each on its own line."""
    return "".join("\n" + m for m, _ in _EPILOG.get(root, ()))


class MarkupKeeper:
    """Between expat and the tree builder (xml_parse.parse_xml): elements go to the
    builder, comments and instructions to the tables above. All text goes to the
    element's text; the blank text right after a note is noted with it too (so the
    layout comes back as written)."""

    def __init__(self, parser: Any, builder: ET.TreeBuilder) -> None:
        self.parser, self.builder = parser, builder
        self.data: Callable[[str], None] = builder.data
        self.pending: list[Markup] = []
        self.depth = 0
        self.root: ET.Element | None = None
        self.capturing = False
        self.cdata_depths: set[int] = set()  # the depths of the elements holding CDATA

    def cdata_start(self) -> None:
        self.cdata_depths.add(self.depth)

    def comment(self, text: str) -> None:
        self._keep(f"<!--{text}-->")

    def instruction(self, target: str, data: str) -> None:
        self._keep(f"<?{target} {data}?>" if data else f"<?{target}?>")

    def _keep(self, markup: str) -> None:
        self.pending.append([markup, ""])
        if self.depth and not self.capturing:
            self.capturing = True
            self.parser.CharacterDataHandler = self._after_note

    def _after_note(self, text: str) -> None:
        """Text after a note: the element's text, and its blanks noted with the note
        while nothing else follows them (the layout written back: `_placed`)."""
        self.data(text)
        last = self.pending[-1]
        if (last[1] + text).strip():
            self._stop_capture()
            last[1] = ""
        else:
            last[1] += text

    def _stop_capture(self) -> None:
        if self.capturing:
            self.capturing = False
            self.parser.CharacterDataHandler = self.data

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self._stop_capture()
        el = self.builder.start(tag, attrs)
        if self.depth == 0 and self.root is None:
            self.root = el
        if self.pending:
            (_BEFORE if self.depth else _PROLOG)[el] = self.pending
            self.pending = []
        self.depth += 1

    def end(self, tag: str) -> None:
        self._stop_capture()
        el = self.builder.end(tag)
        if self.depth in self.cdata_depths:
            self.cdata_depths.discard(self.depth)
            if el.text and len(el) == 0:
                _CDATA[el] = el.text
        self.depth -= 1
        if self.pending:
            _AT_END[el] = self.pending
            self.pending = []

    def close(self) -> ET.Element:
        """The root element; the notes after it kept as its epilogue."""
        root = self.builder.close()
        if self.pending:
            _EPILOG[root] = self.pending
        return root
