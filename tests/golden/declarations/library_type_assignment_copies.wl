// `=` (and a declaration's `= value`) copies a value of a library type, as it copies a
// structure; `<-` makes the variable designate the same value (decided: docs/semantics.md
// "Assigning a value of a library type")
r1 is httpRequest
r1.URL = "a"
r2 is httpRequest = r1
r2.URL = "b"
Trace(r1.URL, r2.URL) // expect: a, b
r3 is httpRequest
r3 = r1
r3.URL = "c"
Trace(r1.URL, r3.URL) // expect: a, c
g1 is geoPosition
g1.Latitude = 1
g2 is geoPosition = g1
g2.Latitude = 2
g3 is geoPosition
g3 = g1
g3.Longitude = 5
Trace(g1.Latitude, g1.Longitude, g2.Latitude, g3.Longitude) // expect: 1, 0, 2, 5
f1 is ftpConnection
f1.Server = "one.example.org"
f2 is ftpConnection = f1
f2.Server = "two.example.org"
Trace(f1.Server, f2.Server) // expect: one.example.org, two.example.org
r4 is httpRequest <- r1
r4.URL = "d"
Trace(r1.URL) // expect: d
r5 is httpRequest
r5 <- r1
r5.URL = "e"
Trace(r1.URL, r4.URL) // expect: e, e
