// A quote written \" inside a string (C's escape, common in JSON built by hand): the
// string ends at that quote, and the error, at the next backslash, says that WLanguage
// doubles a quote instead (a line ending in a lone \" says it at the unclosed string).
sName is string = "Smith"
sJSON is string = "{\"name\":\"" + sName + "\"}" // expect error: unexpected character '\': WLanguage has no \" escape: a quote inside a string is doubled ("")
