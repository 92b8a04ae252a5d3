FOR k = 1 TO 6
	h is httpRequest
	h.URL = "http://127.0.0.1:18765/x"
	SWITCH k
		CASE 1 : h.Header["X-D"] = "v" + Charact(0) + "nul"
		CASE 2 : h.Header["X-T"] = "a" + TAB + "b"
		CASE 3 : h.Header["X" + Charact(1)] = "v"
		CASE 4 : h.Method = "GET /evil HTTP/1.1"
		CASE 5 : h.Header["X-U"] = "é" + Charact(127)
		CASE 6 : h.Header["X-V"] = "v" + Charact(8232) + "w"
	END
	r is httpResponse = HTTPSend(h)
	Trace(k, r.StatusCode, ErrorInfo())
END
