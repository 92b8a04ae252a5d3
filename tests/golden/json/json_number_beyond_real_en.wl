// A JSON number beyond the largest real (about 1.8e308: `1e999`, `-1e400`) is refused at
// the read as NaN is (json_nan_infinity_refused_en.wl): JSONToVariant gives Null and
// ErrorOccurred, a JSON variable the error "not valid JSON", Deserialize ErrorOccurred.
// Before, it was read as an infinite real and stopped the program later, where it was
// used ("Numeric overflow"), far from the text (French twin json_nombre_hors_reel_fr.wl).
v is Variant = JSONToVariant("{""total"":1e999, ""n"":2}")
Trace(ErrorOccurred, v = Null) // expect: 1, 1
Trace(ErrorInfo()) // expect: JSONToVariant: the text is not valid JSON (the number 1e999 is beyond the largest real (about 1.8e308)).
v = JSONToVariant("{""total"":1.7e308, ""small"":1e-999}")
Trace(ErrorOccurred, v.total > 1e300, v.small) // expect: 0, 1, 0
WHEN EXCEPTION IN
	j is JSON = "{""a"":-1e400}"
	Trace(j.a)
DO
	Trace(ExceptionInfo()) // expect: The text is not valid JSON (the number -1e400 is beyond the largest real (about 1.8e308)).
END
Rates is Structure
	rRate is real
END
r is Rates
Deserialize(r, "{""rRate"":2E+400}", psdJSON)
Trace(ErrorOccurred, r.rRate) // expect: 1, 0
