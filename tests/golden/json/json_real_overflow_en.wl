// A real beyond about 1.8e308 written as JSON text (a calculation's result stored in a
// JSON member) is the catchable "Numeric overflow" error, as where such a result is
// shown as text (docs/semantics.md "Numbers out of range"): it was written Infinity,
// which no JSON reader takes, into a REST answer or a file. (A JSON text's 1e400 is
// refused where it is read: json_number_beyond_real_en.wl.)
jIn is JSON = "{""n"": 2}"
jIn.big = 1e300 * 1e300
Trace(jIn.n) // expect: 2
WHEN EXCEPTION IN
	Trace(jIn)
DO
	Trace(ExceptionInfo()) // expect: Numeric overflow: a number beyond the largest real (about 1.8e308) cannot be written in JSON.
END
vAnswer is Variant
vAnswer.total = 1e300 * 1e300
WHEN EXCEPTION IN
	Trace(VariantToJSON(vAnswer))
DO
	Trace(ExceptionInfo()) // expect: Numeric overflow: a number beyond the largest real (about 1.8e308) cannot be written in JSON.
END
jOut is JSON
jOut.total = -1e300 * 1e300
sText is string = jOut // expect error: Numeric overflow: a number beyond the largest real
Trace(sText)
