// a property a library type's variable does not have, assigned, stops the run where
// `wl check` puts WL109 (with "did you mean URL?"); writes were not checked, reads were
h is httpRequest
h.URL = "http://example.org"
Trace(h.URL) // expect: http://example.org
WHEN EXCEPTION IN
    h.URLL = "http://other.example" // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: httpRequest has no property 'URLL'.
END
t is Thread
WHEN EXCEPTION IN
    t..Nam = "worker" // wl: ignore[WL109]
DO
    Trace(ExceptionInfo()) // expect: A Thread has no property 'Nam'.
END
Trace(h.URL) // expect: http://example.org
