// A name written in the code finds an element by its namespace URI when the prefix
// differs (docs/builtins.md "XML namespace URIs", INFERRED: no xmlNode page is stored):
// `cbc:ID` is (urn:cbc, ID) where the document declares xmlns:cbc="urn:cbc" above, so it
// finds <x:ID xmlns:x="urn:cbc"> and <ID xmlns="urn:cbc">; the name as written wins.
sXML is string = [
<Invoice xmlns="urn:inv" xmlns:cbc="urn:cbc" xmlns:cac="urn:cac" xmlns:i="urn:inv"><x:ID xmlns:x="urn:cbc">F-001</x:ID><cac:Party><Name xmlns="urn:cbc">ACME</Name></cac:Party><i:Total>12.5</i:Total><cbc:Note>n</cbc:Note></Invoice>
]
doc is xmlDocument = XMLOpen(sXML, fromString)
Trace(doc.Invoice.cbc:ID, doc.Invoice.cac:Party.cbc:Name)   // expect: F-001, ACME
// no prefix: the default namespace in force (urn:inv) is i's
Trace(doc.Invoice.Total, doc.Invoice.cbc:Note)   // expect: 12.5, n
// a prefix the document declares nowhere is matched as written only
Trace(doc.Invoice.zz:ID..Exist, doc.Invoice.ID..Exist)   // expect: 0, 0
// a quoted name after `.` (a name no identifier spells): the element of that name
Trace(doc.Invoice."cbc:ID", doc.Invoice."cbc:Note", doc.Invoice.'cac:Party'.'cbc:Name')   // expect: F-001, n, ACME
// written: the element found by its URI gets the text (none is added)
doc.Invoice.cbc:ID = "F-002"
doc.Invoice."cbc:Extra" = "e"
Trace(doc.Invoice..Children..Occurrence)   // expect: 5
Trace(XMLBuildString(doc.Invoice.cbc:ID, XMLNoHeader))   // expect: <x:ID xmlns:x="urn:cbc">F-002</x:ID>
// expect:
Trace(doc.Invoice..Children[5]..Name, doc.Invoice.cbc:Extra)   // expect: cbc:Extra, e
// ..Namespace: the element's xmlNamespace, its ..Name the prefix, its ..URI the URI
Trace(doc.Invoice.cbc:ID..Namespace..Name, doc.Invoice.cbc:ID..Namespace..URI)   // expect: x, urn:cbc
Trace(doc.Invoice..Namespace..Name = "", doc.Invoice..Namespace..URI)   // expect: 1, urn:inv
Trace(doc.Invoice.cac:Party..Namespace..Name, doc.Invoice.cac:Party..Namespace)   // expect: cac, urn:cac
Trace(doc.Invoice.Missing..Namespace..URI = "")   // expect: 1
// ..NamespaceDeclaration: the namespaces declared on the element itself
FOR EACH ns OF doc.Invoice..NamespaceDeclaration
	Trace(ns..Name + "=" + ns..URI)
END
// expect: =urn:inv
// expect: cbc=urn:cbc
// expect: cac=urn:cac
// expect: i=urn:inv
Trace(doc.Invoice.cac:Party..NamespaceDeclaration..Occurrence)   // expect: 0
Trace(doc.Invoice..Namespace..Prefix)   // expect error: An xmlNamespace has no property 'Prefix'
