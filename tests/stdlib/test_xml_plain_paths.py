"""A document without comments, instructions or CDATA sections is read straight into the
tree builder and written without looking its elements up for notes (stdlib/xml_parse.py
`_kept_notes`, xml_writer.py `_element_text`); it reads and writes the same as through
the notes' path, whether or not another document holding notes is alive."""
from __future__ import annotations

from stdlib.xml_markup import any_kept
from stdlib.xml_parse import parse_xml
from stdlib.xml_writer import build_string

_PLAIN = ('<r a="x&amp;y&#10;z&#9;q&quot;" b="&lt;"><c>t&amp;u&#13;v</c>tail&gt;<d/>'
          '<e>\n</e><f k="1">caf\u00e9</f></r>')
_WRITTEN = ('<?xml version="1.0" encoding="UTF-8"?>\n<r a="x&amp;y&#10;z&#9;q&quot;" '
            'b="&lt;"><c>t&amp;u&#13;v</c>tail&gt;<d/><e>\n</e><f k="1">caf\u00e9</f></r>\n')


def test_a_plain_document_reads_and_writes_the_same_on_both_paths() -> None:
    alone = build_string(parse_xml(_PLAIN))
    noted = parse_xml("<n><!-- kept --><![CDATA[<x>]]></n>")  # notes alive from here
    assert any_kept()
    assert alone == _WRITTEN
    assert build_string(parse_xml(_PLAIN)) == _WRITTEN
    assert build_string(noted) == \
        '<?xml version="1.0" encoding="UTF-8"?>\n<n><!-- kept --><![CDATA[<x>]]></n>\n'
