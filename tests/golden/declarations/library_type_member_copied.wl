// Copying a structure, an object or an element copies the library-type values it holds,
// as `r2 = r1` copies one (docs/semantics.md "Assigning a value of a library type"):
// `s2 = s` then `s2.r.URL = "b"` changed s.r too, and a structure added to an array
// went on sharing its httpRequest with the variable.
STRequest is Structure
    r is httpRequest
    g is geoPosition
END
s is STRequest
s.r.URL = "a"
s.g.Latitude = 1
s2 is STRequest = s
s2.r.URL = "b"
s2.g.Latitude = 2
Trace(s.r.URL, s.g.Latitude, s2.r.URL, s2.g.Latitude)   // expect: a, 1, b, 2
arrRequest is array of STRequest
ArrayAdd(arrRequest, s)
s.r.URL = "c"
Trace(arrRequest[1].r.URL)   // expect: a
CDoc is Class
    m is Email
END
o1 is CDoc
o1.m.Subject = "one"
o2 is CDoc = o1
o2.m.Subject = "two"
Trace(o1.m.Subject, o2.m.Subject)   // expect: one, two
