// A string whose opening quote is missing, its closing quote ending the line (a REST
// sample whose URL placeholder took the quote: `req.URL = <PROD_URL>/v1/orders"`, then
// a JSON body whose lines start with quotes): the error is said at that quote, on the
// line that opens the string, with a hint, instead of at the first JSON line below.
// expect error: unterminated string: the closing " is missing on this line; the quote after 'orders' opens a string: is its opening quote missing?
sToken is string = "T0K3N"
sPath is string = v1/orders"
sBody is string = [
	{
	"label": "Spring sale",
	"sender": "SHOP"
	}
]
Trace(sToken + sPath + sBody)
