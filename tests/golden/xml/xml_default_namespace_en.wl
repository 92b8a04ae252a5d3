// ..Namespace of an element in a default namespace (`<Feed xmlns="urn:x">`): as text, the
// namespace's URI (INFERRED, docs/builtins.md "XML namespace URIs": the xmlNode page is not
// stored). It was the prefix, "" there as for an element in no namespace.
sXML is string = [
<Feed xmlns="http://www.w3.org/2005/Atom"><entry><title>First</title></entry><meta xmlns=""><id>7</id></meta></Feed>
]
doc is xmlDocument = XMLOpen(sXML, fromString)
Trace(doc.Feed..Namespace)   // expect: http://www.w3.org/2005/Atom
Trace(doc.Feed.entry.title..Namespace)   // expect: http://www.w3.org/2005/Atom
Trace(doc.Feed.entry..Namespace..Name = "", doc.Feed.entry..Namespace..URI)   // expect: 1, http://www.w3.org/2005/Atom
// `xmlns=""` undoes the default namespace: no URI
Trace("[" + doc.Feed.meta.id..Namespace + "]")   // expect: []
// compared with a text, as a text
IF doc.Feed.entry..Namespace = "http://www.w3.org/2005/Atom" THEN Trace("Atom")   // expect: Atom
// through an xmlNode variable and a FOR EACH variable
n is xmlNode = doc.Feed.entry
Trace(n.title..Namespace..URI)   // expect: http://www.w3.org/2005/Atom
FOR EACH e OF doc.Feed.entry
	Trace(e..Namespace)   // expect: http://www.w3.org/2005/Atom
END
// the declaration on the element itself: Name "" and the URI
FOR EACH ns OF doc.Feed..NamespaceDeclaration
	Trace("[" + ns..Name + "]", ns)   // expect: [], http://www.w3.org/2005/Atom
END
