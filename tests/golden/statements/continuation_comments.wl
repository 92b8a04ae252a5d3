// "..." continues a statement on the next line; a /* */ comment closed on that line
// may follow it (as a // comment may), and lines holding only a // comment between the
// continued lines are skipped (docs/semantics.md, "Continuation and comments")
sLabel is string = "Invoice" + ...   /* the document's kind */
	" #" + ... /* its number */ /* padded */
	NumToString(42, "04d")
Trace(sLabel) // expect: Invoice #0042
nQty is int = 7
IF nQty > 1 _AND_ ...
	// a comment line between the continued lines
	// and another one
	nQty < 10 THEN
	Trace("in range") // expect: in range
END
Trace(StringBuild("%1-%2", ...
	// the year
	2026, ...
	"12")) // expect: 2026-12
sURL is string = "http://example.org/a//b ..." // a string holding "..." and "//"
Trace(sURL) // expect: http://example.org/a//b ...
