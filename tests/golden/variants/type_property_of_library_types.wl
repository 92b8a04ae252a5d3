// `h..Type` on a variable of a library type that has no Type property of its own
// (httpRequest, httpResponse, geoPosition, ftpConnection: their pages ?1000021158...
// list no Type) is TypeVar's constant, as for any other value (decided, docs/semantics.md
// "..Type on a library type"). It stopped the run with "httpRequest has no property
// 'Type'".
h is httpRequest
h.URL = "https://example.com"
Trace(h..Type = TypeVar(h), h..Type = wlVariant) // expect: 1, 1
r is httpResponse
Trace(r..Type = TypeVar(r)) // expect: 1
g is geoPosition
Trace(g..Type = TypeVar(g)) // expect: 1
f is ftpConnection
Trace(f..Type = TypeVar(f)) // expect: 1
v is Variant = h
Trace(v..Type = wlVariant) // expect: 1
