// The blank text after a comment or a processing instruction inside an element belongs to
// the element's text: "Price:<!-- eur --> <b>" reads "Price: ", and written back the blank
// stays after the comment, where it was. It was kept with the comment alone, so the text
// read lost it ("Price:12", and "  <!--n-->  " read two spaces instead of four).
doc is xmlDocument = XMLOpen("<r><p>Price:<!-- eur --> <b>12</b></p><t>  <!--n-->  </t><i>a<?pi x?> <?pi y?>	</i></r>", fromString)
Trace("[" + doc.r.p..Text + "]") // expect: [Price: 12]
Trace("[" + doc.r.t + "]", Length(doc.r.t)) // expect: [    ], 4
Trace("[" + doc.r.i + "]", Length(doc.r.i)) // expect: [a 	], 3
Trace(XMLBuildString(doc)) // expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <r><p>Price:<!-- eur --> <b>12</b></p><t>  <!--n-->  </t><i>a<?pi x?> <?pi y?>	</i></r>
// expect:
doc.r.t = "x"
Trace(XMLBuildString(doc)) // expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <r><p>Price:<!-- eur --> <b>12</b></p><t>x<!--n--></t><i>a<?pi x?> <?pi y?>	</i></r>
// expect:
XMLDocument("d", "<r><p>Price:<!-- eur --> <b>12</b></p></r>")
XMLFind("d", "p")
Trace("[" + XMLData("d") + "]") // expect: [Price: ]
XMLClose("d")
