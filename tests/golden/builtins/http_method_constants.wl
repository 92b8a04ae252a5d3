// The HTTP methods are integer constants: kept in an int variable or parameter they stay
// the method (a generic API caller); a number that names no method fails the call before
// anything is sent (ErrorOccurred, an empty response). Loopback sends: tests/core/test_http_client.py
nMethod is int = httpPut
Trace(nMethod = httpPut, nMethod <> httpGet, TypeVar(httpPost) = wlInt) // expect: 1, 1, 1
req is httpRequest
req.Method = nMethod
Trace(req.Method = httpPut) // expect: 1
req.URL = "http://127.0.0.1:9/never"
req.Method = 99
r is httpResponse = HTTPSend(req)
Trace(ErrorOccurred, r.StatusCode) // expect: 1, 0
Trace(ErrorInfo(errMessage)) // expect: HTTPSend: 99 is not an HTTP method (httpGet, httpPost...).
HTTPCreateForm("F")
Trace(HTTPSendForm("F", "http://127.0.0.1:9/never", 42), ErrorOccurred) // expect: 0, 1
