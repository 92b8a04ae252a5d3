// `node[n]..Exist` says whether the n-th occurrence is there, as `node..Exist` says
// whether the element is: a loop reading an order's lines until the next one is absent
// (docs/builtins.md "XML types"; French twin xml_occurrence_existe_fr.wl). It was the
// error "A value of type xmlNode has no property 'Exist'".
xOrder is xmlDocument = XMLOpen("<Order><Line ref=""A1"">2</Line><Line ref=""B7"">5</Line></Order>", fromString)
i is int = 1
nQty is int
WHILE xOrder.Order.Line[i]..Exist
	nQty += xOrder.Order.Line[i]
	Trace(xOrder.Order.Line[i]..Attribute["ref"], xOrder.Order.Line[i]) // expect: A1, 2
	// expect: B7, 5
	i++
END
Trace(i - 1, nQty) // expect: 2, 7
Trace(xOrder.Order.Line[0]..Exist, xOrder.Order.Note[1]..Exist) // expect: 0, 0
