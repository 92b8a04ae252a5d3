// Attributes of an xmlDocument variable written in code (docs/builtins.md "XML", INFERRED:
// the XML type pages are not stored). `node:name = v` sets the attribute, creating it
// when the element has no child of that name (`node.name = v` still makes a child
// element); XMLAddAttribute and XMLAddChild take an xmlNode or an xmlDocument (its root).
doc is xmlDocument = XMLOpen("<order><line id=""1"">Bolt</line></order>", fromString)
doc:order:line:id = "7"
doc.order.line:qty = 3
doc:order:status = "open"
Trace(XMLBuildString(doc, XMLNoHeader)) // expect: <order status="open"><line id="7" qty="3">Bolt</line></order>
// expect:
// an element of that name wins: its text is set, as with `.`
doc.order.note = "first"
doc.order:note = "second"
Trace(doc.order.note, doc.order..Attribute..Occurrence) // expect: second, 1
n is xmlNode = doc.order.line
n:ID = "8"
Trace(n:id, n:qty, n..Attribute..Occurrence) // expect: 8, 3, 2
Trace(XMLAddAttribute(doc, "version", "2"), XMLAddAttribute(n, "unit", "kg"), XMLAddChild(doc.order, "total", "12.50")..Name) // expect: 1, 1, total
Trace(XMLBuildString(doc, XMLNoHeader)) // expect: <order status="open" version="2"><line id="8" qty="3" unit="kg">Bolt</line><note>second</note><total>12.50</total></order>
// expect:
// an empty document has no element to take an attribute
empty is xmlDocument
XMLAddAttribute(empty, "a", "b") // expect error: XMLAddAttribute: the xmlDocument has no element.
