// A structure parameter declared with Null as its default (`stHttpClientOption est
// STHttpOption = null` in a Firebase SDK for WINDEV, then `si stHttpClientOption = null`
// to choose GET or POST): given no structure (the default, or Null) it designates none,
// `= Null` is True, and reading a member of it stops in words naming the parameter. The
// call stopped before ("A value of type Null cannot be stored in the structure
// STSendOption."). A structure given is the caller's, as before.
STSendOption is Structure
	sContentType is string
	aaHeader is associative array of strings
END
Trace(Prepare("orders")) // expect: GET orders
stOpt is STSendOption
stOpt.aaHeader["X-Key"] = "42"
Trace(Prepare("orders", stOpt)) // expect: POST orders application/json X-Key=42
stOpt.sContentType = "text/plain"
Trace(Prepare("orders", stOpt)) // expect: POST orders text/plain X-Key=42
Trace(Prepare("orders", Null)) // expect: GET orders
WHEN EXCEPTION IN
	Trace(ContentTypeOf())
DO
	Trace(ExceptionInfo(errMessage)) // expect: stOption is Null: no STSendOption structure to use 'sContentType' on (it was given Null).
END

PROCEDURE Prepare(sUrl is string, stOption is STSendOption = Null)
IF stOption = Null THEN RESULT "GET " + sUrl
sText is string = "POST " + sUrl + " " + (stOption.sContentType = "" ? mimeTypeJSON ELSE stOption.sContentType)
FOR EACH ELEMENT sValue, sKey OF stOption.aaHeader
	sText += " " + sKey + "=" + sValue
END
RESULT sText

PROCEDURE ContentTypeOf(stOption is STSendOption = Null)
RESULT stOption.sContentType
