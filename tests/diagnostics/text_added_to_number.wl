// `+=` with a text on a number variable: '+' joins when one side is a text, so the
// variable's digits and the text are joined and the number read back is stored
// (3 += "3,5" is "33,5", stored as 33); the run says nothing, WL206 does.
curTotal is currency = 3
curTotal += "3,5" // warning: WL206:1 'curTotal' is a currency: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
sInput is string = "2"
nCount is int = 1
nCount += sInput // warning: WL206:1 'nCount' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nCount += Val(sInput)
sLabel is string = "a"
sLabel += "b"
vAny is Variant = 1
vAny += "2"
curTotal -= 1
Trace(curTotal, nCount, sLabel, vAny)
// a FOR EACH STRING variable holds a piece of the text: the same join
curSum is currency
FOR EACH STRING sPiece OF "12,50;3,75" SEPARATED BY ";"
	curSum += sPiece // warning: WL206:2 'curSum' is a currency: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
	curSum += Val(sPiece)
END
FOR EACH nValue OF [1, 2]
	curSum += nValue
END
Trace(curSum)
