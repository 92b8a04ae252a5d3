// The MIME constant a REST client gives its request's ContentType (`FirebaseRequête.
// ContentType = typeMimeJSON` in a Firebase SDK for WINDEV, a whole project on the web):
// mimeTypeJSON / typeMimeJSON is "application/json" (INFERRED: no stored help page lists
// the MIME constants). It was an undeclared name: an empty variant, a request sent
// without its type.
reqOrder is httpRequest
reqOrder.Method = httpPost
reqOrder.ContentType = mimeTypeJSON
reqOrder.Content = "{""id"": 7}"
Trace(reqOrder.ContentType) // expect: application/json
Trace(MIMETYPEJSON = "application/json", typeMimeJSON = mimeTypeJSON) // expect: 1, 1
