// @* in a predicate counts the attributes the path step //x/@* lists: a namespace
// declaration (xmlns, xmlns:x) is no attribute in either (stdlib/xml_doc_index.py
// attributes); count(@*) in a predicate counted Order's two declarations
sOrder is string = [
<Order xmlns="urn:shop" xmlns:x="urn:extra"><Line code="A" qty="2"/><Line code="B"/></Order>
]
XMLDocument("order", sOrder)
Trace(XMLExecuteXPath("order", "count(/Order/@*)"), XMLResult("order")) // expect: 1, 0
Trace(XMLExecuteXPath("order", "//*[count(@*) = 0]"), XMLElementName("order")) // expect: 1, Order
Trace(XMLExecuteXPath("order", "//*[count(@*) = 2]"), XMLElementName("order")) // expect: 1, Line
Trace(XMLExecuteXPath("order", "count(//*[@*])"), XMLResult("order")) // expect: 1, 2
Trace(XMLExecuteXPath("order", "count(//*[@xmlns])"), XMLResult("order")) // expect: 1, 0
XMLClose("order")
