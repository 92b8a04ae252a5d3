// A text literal that is no number given to a procedure's parameter declared a number:
// the run stores its leading number, as into a variable (text_into_currency.wl); WL206
// says so at the argument (the check said nothing: "1 234,50" became 1 in silence).
// A decimal comma is a number (docs/semantics.md "A text read as a number").
AddLine("Hosting", "1 234,50") // warning: WL206:20 the parameter 'mAmount' of AddLine is a currency: the text "1 234,50" is not a number and is stored as 1
AddLine("Hosting", "1234,50")
AddLine("Hosting", 1234.5)
Take("12 boxes", "2,5") // warning: WL206:6 the parameter 'nQty' of Take is an integer: the text "12 boxes" is not a number and is stored as 12
Take("12", "x") // warning: WL206:12 the parameter 'rWeight' of Take is a real: the text "x" is not a number and is stored as 0
Free("anything")

PROCEDURE AddLine(sLabel is string, mAmount is currency)
Trace(sLabel, mAmount)

PROCEDURE Take(LOCAL nQty is int, rWeight is real = 1)
Trace(nQty, rWeight)

PROCEDURE Free(x)
Trace(x)
