// XMLToJSON on a document nested deeper than the conversion goes (4,000 levels), and
// JSONToXML on a JSON text as deep or not JSON at all: the call fails (ErrorOccurred,
// ErrorInfo says why, an empty result), as StringToJSON fails on such a text (decided,
// INFERRED: both are functions that can fail). XMLToJSON stopped the run ("Stack
// overflow"), JSONToXML too ("The text is not valid JSON"). French twin
// xmlversjson_trop_profond_fr.wl. The message gives the depth and the 1,000-level bound
// (runtime/json_depth.py); it said "nested too deeply".
sDeep is string = Repeat("<a>", 4000) + "x" + Repeat("</a>", 4000)
jResult is JSON = XMLToJSON(sDeep)
Trace(ErrorOccurred, ErrorInfo(errMessage)) // expect: 1, XMLToJSON: The document is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
sDeepJSON is string = Repeat("{""a"":", 4000) + "1" + Repeat("}", 4000)
xDoc is xmlDocument = JSONToXML(sDeepJSON)
Trace(ErrorOccurred, ErrorInfo(errMessage)) // expect: 1, JSONToXML: The JSON is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
xDoc = JSONToXML("{""a"": ")
Trace(ErrorOccurred) // expect: 1
// 500 levels convert both ways
sFine is string = Repeat("<a>", 500) + "x" + Repeat("</a>", 500)
jResult = XMLToJSON(sFine)
Trace(ErrorOccurred, Length(JSONToString(jResult))) // expect: 0, 2997
xDoc = JSONToXML(JSONToString(jResult))
Trace(ErrorOccurred, Length(XMLBuildString(xDoc)) > 3500) // expect: 0, 1
