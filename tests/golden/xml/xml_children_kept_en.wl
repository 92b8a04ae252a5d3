// Reading `d.Order.Line` keeps the order's lines by name for the next read (a loop over
// `d.Order.Line[i]` looked at every child at each pass: stdlib/xml_children.py); each
// change of the tree below is seen by the reads after it.
d is xmlDocument = XMLOpen("<Order><Line>a</Line><Note>n</Note><Line>b</Line></Order>", fromString)
Trace(d.Order.Line..Occurrence, d.Order.Line[2], d.ORDER.line[1])
// expect: 2, b, a
// a line added after the last by [n + 1], and one by XMLAddChild
d.Order.Line[3] = "c"
x is xmlNode = d.Order.Line
XMLAddChild(d.Order, "Line", "d")
Trace(d.Order.Line..Occurrence, d.Order.Line[3], d.Order.Line[4], d.order.LINE[4])
// expect: 4, c, d, d
// a node read before keeps the lines it found
Trace(x..Occurrence)
// expect: 3
// a line added by [n + 1] where the last line is not the last child: inserted after it
d.Order.Total = 9
d.Order.Line[5] = "e"
Trace(d.Order.Line..Occurrence, d.Order.Line[5], d.Order.Total)
// expect: 5, e, 9
Trace(XMLBuildString(d, XMLNoHeader))
// expect: <Order><Line>a</Line><Note>n</Note><Line>b</Line><Line>c</Line><Line>d</Line><Line>e</Line><Total>9</Total></Order>
// expect:
// a renamed line is found by its new name only
d.Order.Line[2]..Name = "Old"
Trace(d.Order.Line..Occurrence, d.Order.Line[2], d.Order.Old)
// expect: 4, c, b
// the order's text replaces its lines
d.Order = "none"
Trace(d.Order.Line..Occurrence, d.Order.Line..Exist, d.Order)
// expect: 0, 0, none
d.Order.Line = "again"
Trace(d.Order.Line..Occurrence, d.Order.Line)
// expect: 1, again
