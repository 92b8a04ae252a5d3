// How deep JSON and XML are converted: 1,000 levels (runtime/json_depth.py, decided, FS
// 6 Dec 2026). Past it each conversion fails with the depth and the bound in words; a
// JSON text, an XML document or a Variant built by code in a loop 1,500 to 4,000 levels
// deep stopped the run ("Stack overflow") at a depth that hung on the caller's own
// depth. French twin json_profondeur_limite_fr.wl.
// The first depth JSONToVariant refuses, found by trying (a text of n arrays)
vRead is Variant
nLevels is int
FOR nLevels = 995 TO 1005
	vRead = JSONToVariant(Repeat("[", nLevels) + "1" + Repeat("]", nLevels))
	IF ErrorOccurred THEN BREAK
END
Trace(nLevels) // expect: 1001
Trace(ErrorInfo(errMessage)) // expect: JSONToVariant: The JSON is nested 1,001 levels deep; JSON and XML are converted to 1,000 levels at most.
// 1,000 levels read and written back, the same text
sThousand is string = Repeat("{""a"":", 1000) + "1" + Repeat("}", 1000)
vRead = JSONToVariant(sThousand)
Trace(ErrorOccurred, VariantToJSON(vRead) = sThousand) // expect: 0, 1
jThousand is JSON = StringToJSON(sThousand)
Trace(ErrorOccurred, JSONToString(jThousand) = sThousand) // expect: 0, 1
// a Variant built by code, one level per turn: 1,000 convert, 1,001 are refused
vChain is Variant = "leaf"
FOR i = 1 TO 1001
	vLink is Variant
	vLink.next = vChain
	vChain = vLink
	IF i = 1000 THEN
		xThousand is xmlDocument = JSONToXML(vChain)
		Trace(i, ErrorOccurred, Length(VariantToJSON(vChain))) // expect: 1000, 0, 9006
	END
END
xDoc is xmlDocument = JSONToXML(vChain)
Trace(ErrorOccurred, ErrorInfo(errMessage)) // expect: 1, JSONToXML: The value is nested 1,001 levels deep; JSON and XML are converted to 1,000 levels at most.
WHEN EXCEPTION IN
	Trace(VariantToJSON(vChain))
DO
	Trace(ExceptionInfo(errMessage)) // expect: VariantToJSON: The value is nested 1,001 levels deep; JSON and XML are converted to 1,000 levels at most.
END
// an XML document: 1,000 elements one in the other convert, 1,001 do not
jFromXML is JSON = XMLToJSON(Repeat("<a>", 1000) + "x" + Repeat("</a>", 1000))
Trace(ErrorOccurred) // expect: 0
jFromXML = XMLToJSON(Repeat("<a>", 1001) + "x" + Repeat("</a>", 1001))
Trace(ErrorOccurred, ErrorInfo(errMessage)) // expect: 1, XMLToJSON: The document is nested 1,001 levels deep; JSON and XML are converted to 1,000 levels at most.
// assigned to a JSON variable, a text too deep is the same error, fatal as invalid JSON is
WHEN EXCEPTION IN
	jFromXML = Repeat("[", 4000) + Repeat("]", 4000)
DO
	Trace(ExceptionInfo(errMessage)) // expect: The JSON is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
END
