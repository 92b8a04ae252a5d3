// httpRequest.Authentication (?1000021158): auBasic, the default, sends User and Password
// at once; auDigest answers the server's Digest challenge with the password's hash (the
// exchange on a loopback server: tests/stdlib/test_http_digest.py); auNegotiate and auNTLM,
// Windows' own, fail the request before anything is sent (ErrorOccurred, an empty response).
req is httpRequest
Trace(req.Authentication = auBasic) // expect: 1
req.Authentication = auDigest
Trace(req.Authentication = auDigest, req.Authentication <> auBasic) // expect: 1, 1
req.URL = "http://127.0.0.1:9/never"
req.User = "ann"
req.Authentication = auNTLM
r is httpResponse = HTTPSend(req)
Trace(ErrorOccurred, r.StatusCode) // expect: 1, 0
Trace(ErrorInfo(errMessage)) // expect: HTTPSend: the request's Authentication, auNTLM, is Windows' own and is not available here (auBasic or auDigest are); nothing was sent.
req.Authentication = auNegotiate
r = HTTPSend(req)
Trace(ErrorOccurred, Position(ErrorInfo(errMessage), "Kerberos") > 0) // expect: 1, 1
