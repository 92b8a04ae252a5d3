// A statement carried over to the next line with a '\' at the end of the line, as C,
// Python and shell scripts write it (a WEBDEV payments page of the corpus passes its SQL
// so: `HExecuteSQLQuery(dsLabel, hQueryWithoutCorrection, \`): WLanguage carries a line
// over with `...`. It said only "unexpected character '\\'".
sSQL is string = "SELECT Name " + \ // expect error: a '\' at the end of a line does not carry the statement over in WLanguage (C, Python and shell write it so): end the line with ... instead
	"FROM Customer"
Trace(sSQL)
