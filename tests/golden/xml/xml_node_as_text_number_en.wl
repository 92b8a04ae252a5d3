// An XML node given to the functions of texts and numbers is its text, as in a string or
// in arithmetic: IsNumeric(node) was False whatever it held and Round(node, 0) stopped
// ("expects a number, not a value of type xmlNode"), while Val, Length, Upper... took it
// (INFERRED: the xmlNode page is not stored; a node reads as its text everywhere else).
// French twin: xml_noeud_texte_nombre_fr.wl.
doc is xmlDocument = XMLOpen("<R><N> 12.5 </N><D>20261206</D><S>abc;def</S></R>", fromString)
Trace(Length(doc.R.S), Upper(doc.R.S), ExtractString(doc.R.S, 2, ";"))
Trace(NoSpace(doc.R.N), Val(doc.R.N) * 2, Round(doc.R.N, 0))
Trace(DateValid(doc.R.D), DateToString(doc.R.D, "DD/MM/YYYY"))
d is Date = doc.R.D
Trace(d..Year)
Trace(Position(doc.R.S, "def"), Replace(doc.R.S, ";", "|"), Left(doc.R.S, 2), Middle(doc.R.S, 2, 2))
Trace(IsNumeric(doc.R.S), StringCount(doc.R.S, "e"))
n is int = doc.R.N
Trace(n)
arr is array of strings
StringToArray(doc.R.S, arr, ";")
Trace(arr..Occurrence)
j is JSON = "{""a"":"" 7 "",""b"":""x""}"
Trace(IsNumeric(j.a), Length(j.b), Upper(j.b))
Trace(IsNumeric(doc.R.N), Round(j.missing, 2), IntegerPart(doc.R.N))

// what it prints
// expect: 7, ABC;DEF, def
// expect: 12.5, 25, 13
// expect: 1, 06/12/2026
// expect: 2026
// expect: 5, abc|def, ab, bc
// expect: 0, 1
// expect: 12
// expect: 2
// expect: 1, 1, X
// expect: 1, 0, 12
