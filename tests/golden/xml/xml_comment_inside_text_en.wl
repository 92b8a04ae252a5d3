// A comment (or a processing instruction) inside an element's text is written back where
// it was while the program leaves that text as read: `<Note>paid<!-- c -->in full</Note>`
// came back `<Note>paidin full<!-- c --></Note>`, the note moved after the text. The text
// is still read whole ("paidin full"); a text the program changes is written whole, then
// the notes (*decided* 6 Dec 2026, FS, INFERRED: docs/builtins.md "Comments kept").
// French twin xml_commentaire_dans_texte_fr.wl.
sXml is string = [
<Invoice>
	<Note>paid<!-- checked by AB -->in full</Note>
	<Terms><!-- legal -->30 days &amp; net<?page break?> end of month</Terms>
	<Lines>before<!-- first -->between<Line>A1</Line>after<!-- last --> end</Lines>
</Invoice>
]
doc is xmlDocument = XMLOpen(sXml, fromString)
Trace(doc.Invoice.Note, doc.Invoice.Terms) // expect: paidin full, 30 days & net end of month
sOut is string = XMLBuildString(doc, XMLNoHeader)
Trace(Position(sOut, "<Note>paid<!-- checked by AB -->in full</Note>") > 0) // expect: 1
Trace(Position(sOut, "<Terms><!-- legal -->30 days &amp; net<?page break?> end of month</Terms>") > 0) // expect: 1
Trace(Position(sOut, "<Lines>before<!-- first -->between<Line>A1</Line>after<!-- last --> end</Lines>") > 0) // expect: 1
// read back, written again: the same text
doc2 is xmlDocument = XMLOpen(sOut, fromString)
Trace(XMLBuildString(doc2, XMLNoHeader) = sOut) // expect: 1
// a text the program changes is written whole, then its notes
doc.Invoice.Note = "due"
Trace(Position(XMLBuildString(doc, XMLNoHeader), "<Note>due<!-- checked by AB --></Note>") > 0) // expect: 1
