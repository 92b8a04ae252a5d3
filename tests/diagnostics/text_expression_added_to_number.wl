// `+=` of an expression the code says is a text on a number variable: a built-in
// returning a text, a procedure declared to return a string, a member or element
// declared a string, a concatenation. '+' joins, as with a string variable (WL206);
// a number, a Variant or an undeclared result says nothing.
STRUCTURE STLine
	sLabel is string
	nQty is int
END
sLine is string = "A;12,50;3"
curTotal is currency
curTotal += ExtractString(sLine, 2, ";") // warning: WL206:1 'curTotal' is a currency: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
curTotal += Val(ExtractString(sLine, 2, ";"))
nCount is int
nCount += Left(sLine, 1) // warning: WL206:1 'nCount' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nCount += Length(sLine)
nCount += Code() // warning: WL206:1 'nCount' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nCount += Quantity()
nCount += Anything()
nCount += "1" + nCount // warning: WL206:1 'nCount' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nCount += 1 + 2
stL is STLine
nCount += stL.sLabel // warning: WL206:1 'nCount' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nCount += stL.nQty
arrCodes is array of strings = ["7"]
nCount += arrCodes[1] // warning: WL206:1 'nCount' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
vValue is Variant = "3"
nCount += vValue
Trace(curTotal, nCount)

PROCEDURE Code() : string
RESULT "7"

PROCEDURE Quantity() : int
RESULT 7

PROCEDURE Anything()
RESULT "7"
