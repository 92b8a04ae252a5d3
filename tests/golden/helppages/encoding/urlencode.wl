// Help pages URLEncode (?3024040) and URLDecode (?3024041): their examples as written,
// with a Trace where the page states what the variable holds. The page's Info call is
// a Trace; the page states no result for it: the line pins our reading (a URL encoded
// as a parameter has its separators and its % encoded too).
// Encodes a URL
EncodedURL is string = URLEncode("http://my site/my page")
// EncodedURL now contains http://my%20site/my%20page
Trace(EncodedURL) // expect: http://my%20site/my%20page
MyURL is UNICODE string = "http://my site/my page"
MyEncodedURL is string
// Encodes a URL
MyEncodedURL = URLEncode(MyURL, encodeURLFromUnicode)
Trace(MyEncodedURL) // expect: http://my%20site/my%20page
// Encode a URL with a URL parameter
Trace(URLEncode("https://www.google.fr/?", encodeURLFromAnsi) + ...
URLEncode(URLEncode("https://www.google.fr/?é", encodeURLFromAnsi), encodeURLParameter))
// expect: https://www.google.fr/?https%3A%2F%2Fwww.google.fr%2F%3F%25E9
// Decodes a URL
DecodedURL is string = URLDecode("http://mysite/my%20report")
// DecodedURL contains: http://mysite/my report
Trace(DecodedURL) // expect: http://mysite/my report
// Its remarks: the characters allowed in an encoded URL stay as they are, "+" decodes
// to a space, an empty URL decodes to an empty URL, %26%238364%3B is the euro sign.
Trace(URLEncode("a;/?:@&=+$,-_.!~*'()%#Z9")) // expect: a;/?:@&=+$,-_.!~*'()%#Z9
Trace(URLDecode("a+b")) // expect: a b
Trace("[" + URLDecode("") + "]") // expect: []
Trace(URLDecode("%26%238364%3B")) // expect: €
Trace(URLDecode(URLEncode("café", encodeURLFromAnsi), encodeURLToAnsi)) // expect: café
