// XPath predicates as business code writes them (XMLExecuteXPath on a named document and
// on an xmlDocument variable): and/or, < > <= >=, positions, not(), contains(),
// starts-with(), normalize-space(), string-length(), a path inside a predicate, sum(),
// concat(), `|`. They
// stopped with "'and' in the query ... is not in the XPath subset" (docs/builtins.md
// "XPath", *decided*: XPath 1.0's rules, stdlib/xml_xpath_predicates.py)
sXML is string = [
<catalog>
	<product ref="A1" stock="0"><name>Oak chair</name><price>45.50</price></product>
	<product ref="A2" stock="12"><name>  Oak   table </name><price>320</price></product>
	<product ref="B1" stock="3" hidden="1"><name>Pine shelf</name><price>89</price></product>
	<product ref="B2" stock="7"><name>Pine bed</name><price>410</price><supplier><city>Lyon</city></supplier></product>
</catalog>
]
XMLDocument("cat", sXML)
Trace(XMLExecuteXPath("cat", "count(//product[price > 100 and @stock > 0])"), XMLResult("cat")) // expect: 1, 2
Trace(XMLExecuteXPath("cat", "//product[@stock = 0 or price >= 400]/@ref"), XMLResult("cat")) // expect: 1, A1
XMLNext("cat")
Trace(XMLResult("cat")) // expect: B2
Trace(XMLExecuteXPath("cat", "//product[position() > 1 and position() < last()]/@ref"), XMLResult("cat")) // expect: 1, A2
Trace(XMLExecuteXPath("cat", "//product[not(@hidden) and starts-with(@ref, 'B')]/name"), XMLResult("cat")) // expect: 1, Pine bed
Trace(XMLExecuteXPath("cat", "//product[contains(name, 'Oak') and (price < 50 or price > 300)]/@ref"), XMLResult("cat")) // expect: 1, A1
Trace(XMLExecuteXPath("cat", "//product[normalize-space(name) = 'Oak table']/price"), XMLResult("cat")) // expect: 1, 320
Trace(XMLExecuteXPath("cat", "//product[supplier/city = 'Lyon']/@ref"), XMLResult("cat")) // expect: 1, B2
Trace(XMLExecuteXPath("cat", "//product[string-length(@ref) != 2]"), XMLOut("cat")) // expect: 0, 1
// a query that starts with a function gives its value; paths joined by | give their
// nodes in document order; an absolute path in a predicate is read from the root
Trace(XMLExecuteXPath("cat", "sum(//product[@stock > 0]/price)"), XMLResult("cat")) // expect: 1, 819
Trace(XMLExecuteXPath("cat", "concat(count(//product), ' products')"), XMLResult("cat")) // expect: 1, 4 products
Trace(XMLExecuteXPath("cat", "//supplier/city | //product[1]/name"), XMLResult("cat")) // expect: 1, Oak chair
XMLNext("cat")
Trace(XMLResult("cat")) // expect: Lyon
Trace(XMLExecuteXPath("cat", "//product[price > /catalog/product[@ref = 'B1']/price]/@ref"), XMLResult("cat")) // expect: 1, A2
// numbers computed with + - * div mod
Trace(XMLExecuteXPath("cat", "count(//product[price * @stock > 1000])"), XMLResult("cat")) // expect: 1, 2
Trace(XMLExecuteXPath("cat", "//product[position() mod 2 = 0][last()]/@ref"), XMLResult("cat")) // expect: 1, B2
Trace(XMLExecuteXPath("cat", "round(sum(//product/price) div count(//product))"), XMLResult("cat")) // expect: 1, 216
// text() is the element's own text, before its first child (XMLResult gave the whole text)
XMLDocument("mixed", "<r><a>3<b>4</b></a></r>")
Trace(XMLExecuteXPath("mixed", "//a/text()"), XMLResult("mixed"), XMLExecuteXPath("mixed", "string(//a)"), XMLResult("mixed")) // expect: 1, 3, 1, 34
XMLClose("mixed")
XMLClose("cat")
// on an xmlDocument variable: the array of the nodes found
doc is xmlDocument = XMLOpen(sXML, fromString)
arrFound is array of xmlNode = XMLExecuteXPath(doc, "/catalog/product[price <= 89 or @ref = 'A2']")
Trace(arrFound..Occurrence) // expect: 3
FOR EACH xProduct OF arrFound
	Trace(xProduct:ref, xProduct.price) // expect: A1, 45.50
	// expect: A2, 320
	// expect: B1, 89
END
