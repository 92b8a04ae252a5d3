// NaN, Infinity and -Infinity are no JSON values (the JSON standard has none): a text
// holding one is refused as any invalid JSON text is (JSONToVariant: Null and
// ErrorOccurred; a JSON variable: the error "not valid JSON"). Before, Python's reader
// took them and the value stopped the program later, where it was used ("Numeric
// overflow: the result is undefined"), far from the text that held it.
v is Variant = JSONToVariant("{""price"":NaN}")
Trace(ErrorOccurred, v = Null) // expect: 1, 1
Trace(ErrorInfo()) // expect: JSONToVariant: the text is not valid JSON (NaN is not a JSON value).
v = JSONToVariant("[1, Infinity]")
Trace(ErrorOccurred) // expect: 1
v = JSONToVariant("{""price"":12.5}")
Trace(ErrorOccurred, v.price) // expect: 0, 12.5
WHEN EXCEPTION IN
	j is JSON = "{""a"":-Infinity}"
	Trace(j.a)
DO
	Trace(ExceptionInfo()) // expect: The text is not valid JSON (-Infinity is not a JSON value).
END
s is string
Deserialize(s, "NaN", psdJSON)
Trace(ErrorOccurred, s = "") // expect: 1, 1
