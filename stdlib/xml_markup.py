"""The comments and processing instructions of an XML text, kept beside its elements so
that XMLBuildString and XMLSave write them back where they were: a configuration file
that a program reads, edits and saves kept none of its `<!-- ... -->` notes (nor a
`<?xml-stylesheet ...?>` line), which were silently lost. INFERRED (docs/builtins.md
"Comments kept"): WINDEV's XML documents keep them; no stored page says so. A text read
from a CDATA section is written back as one while the program leaves it unchanged.

They are not elements: navigation, XPath, `..Children` and the named-document functions
do not see them, as before. The CDATA sections of an element without children are
noted where they stand in its text, so that the text comes back as read: plain text
escaped, each section as one, the notes between them in place (it was written one CDATA
section holding the whole text, and the notes after it). Each note is kept with the
blank text that followed it, keyed by the element it precedes (`_BEFORE`), by the
element whose content it ends (`_AT_END`), or, outside the root, by the root (`_PROLOG`,
`_EPILOG`); an element deleted takes the notes before it along. The tables hold the
elements weakly: a document no longer used frees them. A copy of an element
(XMLAddChild of a node, XMLInsertDocument, XMLExtractDocument: xml_copy.py) takes
those between its tags.
"""
from __future__ import annotations

__all__ = ["MarkupKeeper", "any_kept", "at_end", "before", "carrier", "cdata", "epilog",
           "has_notes", "notes_inside", "notes_outside", "prolog", "with_cdata"]

import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary


class Markup:
    """A comment or instruction as written, the blank text after it, and where it stood
    in the text around it: `offset` characters into `segment`, the whole text between
    the tags around it (None when the parse did not note it)."""

    __slots__ = ("after", "markup", "offset", "segment")

    def __init__(self, markup: str, offset: int = 0) -> None:
        self.markup, self.after = markup, ""
        self.offset, self.segment = offset, None  # type: int, str | None

_BEFORE: WeakKeyDictionary[ET.Element, list[Markup]] = WeakKeyDictionary()
_AT_END: WeakKeyDictionary[ET.Element, list[Markup]] = WeakKeyDictionary()
_PROLOG: WeakKeyDictionary[ET.Element, list[Markup]] = WeakKeyDictionary()
_EPILOG: WeakKeyDictionary[ET.Element, list[Markup]] = WeakKeyDictionary()
Spans = tuple[tuple[int, int], ...]  # the CDATA sections in a text: (start, end) each
# an element without children: its text as read, and the CDATA sections in it
_CDATA: WeakKeyDictionary[ET.Element, tuple[str, Spans]] = WeakKeyDictionary()


Escape = Callable[[str], str]


def before(el: ET.Element, written: str, raw: str | None = None,
           escape: Escape = str) -> tuple[str, str]:
    """The notes written just before `el` inside its parent, with their blanks, and
    `written` (the text before them) without those blanks (see `_placed`); `raw`: that
    text as the program holds it, `escape` writing it (see `_in_place`)."""
    return _in_place(_BEFORE.get(el), written, raw, escape)


def at_end(el: ET.Element, written: str, raw: str | None = None,
           escape: Escape = str, spans: Spans = ()) -> tuple[str, str]:
    """The notes that end `el`'s content, after its last child, as `before`; `spans`:
    the CDATA sections of `raw` (`cdata`)."""
    return _in_place(_AT_END.get(el), written, raw, escape, spans)


def _in_place(found: list[Markup] | None, written: str, raw: str | None,
              escape: Escape, spans: Spans = ()) -> tuple[str, str]:
    """(the text with the notes inside it where they were, "") while the program left the
    text as read: a comment inside an element's text (`<Note>paid<!-- c -->in full</Note>`)
    moved after it. Else `_placed`: the text whole, then the notes."""
    if not found or raw is None or any(n.segment != raw for n in found):
        return _placed(found, written)
    out, at = [], 0
    for note in found:
        out += [with_cdata(raw, spans, escape, at, note.offset), note.markup]
        at = note.offset
    out.append(with_cdata(raw, spans, escape, at, len(raw)))
    return "".join(out), ""


def _placed(found: list[Markup] | None, written: str) -> tuple[str, str]:
    """(`written` less the blanks the notes had after them, the notes with those blanks).
    The blanks belong to the element's text too (`<p>Price:<!-- eur --> <b>` reads
    "Price: "): they were kept with the note alone and lost from the text. The text ends
    with them while the program leaves it unchanged, so they are written once, after the
    notes, where they were; a text the program changed is written whole before the notes."""
    if not found:
        return written, ""
    blanks = "".join(n.after for n in found)
    if blanks and written.endswith(blanks):
        return written[:-len(blanks)], "".join(n.markup + n.after for n in found)
    return written, "".join(n.markup for n in found)


def cdata(el: ET.Element) -> Spans:
    """The CDATA sections of the text of an element without children that held some and
    is unchanged since (a text the program set is written escaped, as before); () else."""
    read = _CDATA.get(el)
    if read is None or read[0] != el.text or len(el):
        return ()
    return read[1]


def with_cdata(raw: str, spans: Spans, escape: Escape, start: int = 0,
               end: int | None = None) -> str:
    """`raw[start:end]` written: the parts in a CDATA section (`spans`) as one, the rest
    through `escape`."""
    end = len(raw) if end is None else end
    out, at = [], start
    for low, high in spans:
        low, high = max(low, start), min(high, end)
        if low >= high:
            continue
        out += [escape(raw[at:low]), f"<![CDATA[{raw[low:high]}]]>"]
        at = high
    out.append(escape(raw[at:end]))
    return "".join(out)


def prolog(root: ET.Element) -> str:
    """The notes before the root element, each on its own line."""
    return "".join(n.markup + "\n" for n in _PROLOG.get(root, ()))


def epilog(root: ET.Element) -> str:
    """The notes after the root element, each on its own line."""
    return "".join("\n" + n.markup for n in _EPILOG.get(root, ()))


def notes_inside(el: ET.Element) -> tuple[list[Markup], list[Markup]]:
    """The notes just before `el` in its parent and those ending its own content: where
    XPath's comment() and processing-instruction() nodes stand (xpath_tree.py)."""
    return _BEFORE.get(el, []), _AT_END.get(el, [])


def notes_outside(root: ET.Element) -> tuple[list[Markup], list[Markup]]:
    """The notes before and after the root element: the document node's other children."""
    return _PROLOG.get(root, []), _EPILOG.get(root, [])


_LISTS = (_BEFORE, _AT_END, _PROLOG, _EPILOG)
_INSIDE = (_AT_END,)  # an element's own notes, when it is copied alone


Carry = Callable[..., None]


def any_kept() -> bool:
    """Does any document hold notes or CDATA sections? While none does, a writer or a
    copy need not look each element up (xml_writer.py, `carrier`)."""
    return any(_LISTS) or bool(_CDATA)


def carrier() -> Carry | None:
    """What gives an element's copy the notes of the element it copies (the copy of a
    whole document, `x2 is xmlDocument = x1`, keeps its comments); None while no document
    holds any, so that a copy without notes pays nothing per element. The notes are
    shared, as nothing changes them once read. With `inside_only`, only the notes between
    the element's tags (those before it and around a root stay where they were)."""
    if not any_kept():
        return None

    def carry(old: ET.Element, new: ET.Element, inside_only: bool = False) -> None:
        for table in (_INSIDE if inside_only else _LISTS):
            found = table.get(old)
            if found is not None:
                table[new] = found
        read = _CDATA.get(old)
        if read is not None:
            _CDATA[new] = read
    return carry


_NOTE_STARTS = tuple(mark.encode(enc) for mark in ("<!--", "<?", "<![CDATA[") for enc in
                     ("utf-8", "utf-16-le", "utf-16-be"))


def has_notes(text: str | bytes) -> bool:
    """May the text hold a comment, an instruction past its declaration or a CDATA
    section (a cheap look, never wrong the other way: MarkupKeeper's `placing`)?"""
    if isinstance(text, str):  # (find from 2: a slice copied the whole text)
        return "<!--" in text or text.find("<?", 2) >= 0 or "<![CDATA[" in text
    return any(text.find(mark, 2) >= 0 for mark in _NOTE_STARTS)


class MarkupKeeper:
    """Between expat and the tree builder (xml_parse.parse_xml): elements go to the
    builder, comments and instructions to the tables above. All text goes to the
    element's text; the blank text right after a note is noted with it too (so the
    layout comes back as written)."""

    def __init__(self, parser: Any, builder: ET.TreeBuilder, placing: bool = False) -> None:
        self.parser, self.builder = parser, builder
        # `placing` (a text with notes): the text between tags is noted too, so that a
        # note inside an element's text is written back there (`_in_place`); a text
        # without notes is read at full speed, straight into the builder
        self.placing = placing
        self.data: Callable[[str], None] = self._noted if placing else builder.data
        self.segment: list[str] = []  # the text since the last tag (placing)
        self.length = 0  # its length
        self.in_segment: list[Markup] = []  # the notes inside it
        self.pending: list[Markup] = []
        self.depth = 0
        self.root: ET.Element | None = None
        self.capturing = False
        self.spans: list[tuple[int, int]] = []  # the CDATA sections in the segment
        self.cdata_from = 0  # where the open one started

    def cdata_start(self) -> None:
        self.cdata_from = self.length

    def cdata_end(self) -> None:
        if self.length > self.cdata_from:  # (an empty section leaves nothing to write)
            self.spans.append((self.cdata_from, self.length))

    def comment(self, text: str) -> None:
        self._keep(f"<!--{text}-->")

    def instruction(self, target: str, data: str) -> None:
        self._keep(f"<?{target} {data}?>" if data else f"<?{target}?>")

    def _noted(self, text: str) -> None:
        self.segment.append(text)
        self.length += len(text)
        self.builder.data(text)

    def _end_segment(self) -> None:
        """At a tag: the notes inside the text before it learn that text whole."""
        if self.in_segment:
            text = "".join(self.segment)
            for note in self.in_segment:
                note.segment = text
            self.in_segment = []
        self.segment, self.length, self.spans = [], 0, []

    def _keep(self, markup: str) -> None:
        note = Markup(markup, self.length)
        self.pending.append(note)
        if self.placing:
            self.in_segment.append(note)
        if self.depth and not self.capturing:
            self.capturing = True
            self.parser.CharacterDataHandler = self._after_note

    def _after_note(self, text: str) -> None:
        """Text after a note: the element's text, and its blanks noted with the note
        while nothing else follows them (the layout written back: `_placed`)."""
        self.data(text)
        last = self.pending[-1]
        if (last.after + text).strip():
            self._stop_capture()
            last.after = ""
        else:
            last.after += text

    def _stop_capture(self) -> None:
        if self.capturing:
            self.capturing = False
            self.parser.CharacterDataHandler = self.data

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self._stop_capture()
        self._end_segment()
        el = self.builder.start(tag, attrs)
        if self.depth == 0 and self.root is None:
            self.root = el
        if self.pending:
            (_BEFORE if self.depth else _PROLOG)[el] = self.pending
            self.pending = []
        self.depth += 1

    def end(self, tag: str) -> None:
        self._stop_capture()
        spans = tuple(self.spans)
        self._end_segment()
        el = self.builder.end(tag)
        if spans and el.text and len(el) == 0:
            _CDATA[el] = (el.text, spans)
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
