// XPath's comment() and processing-instruction() find the comments and instructions of a
// parsed document, where they were read: under an element, or before and after the root
// (children of the document node). They found none: the notes are kept beside the
// elements so that XMLBuildString writes them back, and the query did not look there.
// A comment's value is its text, an instruction's its data, name() an instruction's
// target. A note inside a run of text comes after that text, which stays one text node
// (docs/builtins.md "XPath comments and instructions").
sXML is string = [
<?xml version="1.0"?>
<?xml-stylesheet href="order.xsl" type="text/xsl"?>
<!-- exported by the ERP -->
<Order><Line code="A1">2<!-- checked -->x</Line><?audit  step 3?><Line code="B2"/></Order>
<!-- end -->
]
XMLDocument("d", sXML)
Trace(XMLExecuteXPath("d", "count(//comment())"), XMLResult("d")) // expect: 1, 3
Trace(XMLExecuteXPath("d", "count(/comment())"), XMLResult("d")) // expect: 1, 2
Trace(XMLExecuteXPath("d", "concat('[', /comment()[1], ']')"), XMLResult("d")) // expect: 1, [ exported by the ERP ]
Trace(XMLExecuteXPath("d", "count(//processing-instruction())"), XMLResult("d")) // expect: 1, 2
Trace(XMLExecuteXPath("d", "string(//processing-instruction('audit'))"), XMLResult("d")) // expect: 1, step 3
Trace(XMLExecuteXPath("d", "name(/processing-instruction())"), XMLResult("d")) // expect: 1, xml-stylesheet
Trace(XMLExecuteXPath("d", "count(//processing-instruction('none'))"), XMLResult("d")) // expect: 1, 0
Trace(XMLExecuteXPath("d", "//Line[comment()]/@code"), XMLResult("d")) // expect: 1, A1
Trace(XMLExecuteXPath("d", "name(//comment()[. = ' checked ']/..)"), XMLResult("d")) // expect: 1, Line
Trace(XMLExecuteXPath("d", "//processing-instruction()/following-sibling::*[1]/@code"), XMLResult("d")) // expect: 1, B2
Trace(XMLExecuteXPath("d", "concat('[', //Line[1]/node()[2], ']')"), XMLResult("d")) // expect: 1, [ checked ]
Trace(XMLExecuteXPath("d", "count(//comment() | //comment())"), XMLResult("d")) // expect: 1, 3
// found: the position goes to the element holding it, XMLResult gives its text
Trace(XMLExecuteXPath("d", "//Line/comment()"), XMLElementName("d"), "[" + XMLResult("d") + "]") // expect: 1, Line, [ checked ]
// an xmlDocument variable: one text per comment found
x is xmlDocument = XMLOpen(sXML, fromString)
FOR EACH s OF XMLExecuteXPath(x, "//comment()")
	Trace("[" + s + "]")
END
// expect: [ exported by the ERP ]
// expect: [ checked ]
// expect: [ end ]
// the text stays whole: XMLBuildString writes the notes back where they were
Trace(Position(XMLBuildString("d"), "2<!-- checked -->x") > 0) // expect: 1
