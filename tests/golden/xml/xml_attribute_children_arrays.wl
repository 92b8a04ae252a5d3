// A node's ..Attribute and ..Children are arrays: ..Occurrence, [i] and FOR EACH work on
// them (they were Python lists: "A value of type list has no property 'Occurrence'").
doc is xmlDocument = XMLOpen("<order id=""A-7"" channel=""web""><line sku=""X1""/><line sku=""Y2""/><note>rush</note></order>", fromString)
Trace(doc.order..Attribute..Occurrence) // expect: 2
Trace(doc.order..Attribute[1]..Name + "=" + doc.order..Attribute[1]..Value) // expect: id=A-7
FOR EACH a OF doc.order..Attribute
	Trace(a..Name)
END
// expect: id
// expect: channel
Trace(doc.order..Children..Occurrence) // expect: 3
FOR EACH child OF doc.order..Children
	Trace(child..Name)
END
// expect: line
// expect: line
// expect: note
Trace(doc.order.line[2].sku) // expect: Y2
