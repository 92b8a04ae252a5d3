// xmlDocument: elements by name, occurrences, attributes, ..Text/..Name/..Occurrence/..Exist
sXML is string = [
<?xml version="1.0" encoding="UTF-8"?>
<Catalog version="2">
	<Book id="b1"><Title>Dune</Title><Price>9.5</Price></Book>
	<Book id="b2"><Title>Emma</Title><Price>7</Price></Book>
</Catalog>
]
doc is xmlDocument = XMLOpen(sXML, fromString)
Trace(doc.Catalog..Name, doc.Catalog.version) // expect: Catalog, 2
Trace(doc.Catalog.Book..Occurrence) // expect: 2
Trace(doc.Catalog.Book.Title) // expect: Dune
Trace(doc.Catalog.Book[2].Title..Text, doc.Catalog.Book[2].id) // expect: Emma, b2
FOR EACH b OF doc.Catalog.Book
	Trace(b.Title + ": " + b.Price) // expect: Dune: 9.5
	// expect: Emma: 7
END
n is xmlNode = doc.Catalog.Book[2]
Trace(n..Name, n.Title) // expect: Book, Emma
IF doc.Catalog.Magazine..Exist THEN Trace("magazine") ELSE Trace("no magazine") // expect: no magazine
IF doc.Catalog.Book[1].Title = "Dune" THEN Trace("equal as text") // expect: equal as text
doc.Catalog.Book[1].Title = "Dune Messiah"
doc.Catalog.Book[1].id = "b0"
Trace(doc.Catalog.Book.Title, doc.Catalog.Book.id) // expect: Dune Messiah, b0
doc.Catalog.Book[2].Price[1] = 8
Trace(doc.Catalog.Book[2].Price) // expect: 8
Trace(doc.Catalog.Book[3].Title) // expect error: there is no occurrence 3
