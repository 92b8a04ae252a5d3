// A quote ending a line opens a text of several lines, closed by a line starting with a
// quote; when no such line closes it (the lines below start with quotes but each holds a
// string of its own: `"label": "Spring sale",`), the error is said at the quote that
// opened it, with a hint, instead of at a JSON line that seemed to close it.
// expect error: unterminated string: the closing " is missing on this line; a quote ending a line opens a text of several lines, which a line starting with " closes, and none does
sBody is string = "
	{
	"label": "Spring sale",
	"sender": "SHOP"
	}
Trace(sBody)
