// XMLExecuteXPath evaluates XPath 1.0: the axes (following-sibling::, ancestor::...),
// each run of text between two tags as its own text() node, filter expressions
// ((//Line)[2]), the document node /, and a predicate's paths read as the query's own
// (//Order[Line//Ref], [../@id]). They stopped with "not valid XPath" or "not in the
// XPath subset", and text() gave one text for an element's several texts
// (docs/builtins.md "XPath 1.0 whole").
sXML is string = [
<Orders id="O">
	<Order n="1">Paid<Line><Ref>A1</Ref></Line>on time<Line><Ref>B7</Ref></Line></Order>
	<Order n="2"><Line><Ref>C3</Ref></Line>late</Order>
</Orders>
]
XMLDocument("d", sXML)
Trace(XMLExecuteXPath("d", "count(/Orders/Order[1]/text())"), XMLResult("d")) // expect: 1, 2
Trace(XMLExecuteXPath("d", "/Orders/Order[1]/text()"), XMLResult("d"), XMLElementName("d")) // expect: 1, Paid, Order
Trace(XMLNext("d"), XMLResult("d"), XMLNext("d")) // expect: 1, on time, 0
Trace(XMLExecuteXPath("d", "count(/Orders/Order[1]/text()/..)"), XMLResult("d")) // expect: 1, 1
Trace(XMLExecuteXPath("d", "(//Line)[2]/Ref"), XMLResult("d")) // expect: 1, B7
Trace(XMLExecuteXPath("d", "(//Line)[last()]/Ref"), XMLResult("d")) // expect: 1, C3
Trace(XMLExecuteXPath("d", "//Order[Line//Ref = 'C3']/@n"), XMLResult("d")) // expect: 1, 2
Trace(XMLExecuteXPath("d", "//Order[../@id = 'O'][text() = 'late']/@n"), XMLResult("d")) // expect: 1, 2
Trace(XMLExecuteXPath("d", "//Ref[. = 'B7']/ancestor::Order/@n"), XMLResult("d")) // expect: 1, 1
Trace(XMLExecuteXPath("d", "//Line[Ref = 'B7']/preceding-sibling::Line[1]/Ref"), XMLResult("d")) // expect: 1, A1
Trace(XMLExecuteXPath("d", "//Order[1]/following-sibling::*/@n"), XMLResult("d")) // expect: 1, 2
Trace(XMLExecuteXPath("d", "//Order/@*[1]"), XMLResult("d")) // expect: 1, 1
Trace(XMLExecuteXPath("d", "/"), XMLElementName("d")) // expect: 1, Orders
Trace(XMLExecuteXPath("d", "count(//Line) > 2"), XMLResult("d")) // expect: 1, true
Trace(XMLExecuteXPath("d", "substring-after(//Order[2]/Line/Ref, 'C')"), XMLResult("d")) // expect: 1, 3
WHEN EXCEPTION IN
	XMLExecuteXPath("d", "//Order[$n]")
DO
	Trace(Left(ExceptionInfo(), 24)) // expect: XMLExecuteXPath: '$n' in
END
WHEN EXCEPTION IN
	XMLExecuteXPath("d", "count('x')")
DO
	Trace(Left(ExceptionInfo(), 41)) // expect: XMLExecuteXPath: count() takes a node-set
END
