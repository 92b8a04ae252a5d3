// Shop orders: an abstract base line and two derived lines, methods on values
// (s.Length, arr.Count), an internal procedure, a sort by procedure, a multiple
// result, JSON serialization of a structure, CASE ERROR.
CLine is Class
	PROTECTED
	m_sRef is string
	m_nQty is int
	PUBLIC
	m_moUnit is currency
END

CItemLine is Class
	inherits from CLine
END

CServiceLine is Class
	inherits from CLine
	m_nHours is int
END

STSummary is Structure
	sCustomer is string
	nLines is int
	moNet is currency
	moVAT is currency
	arrRefs is array of strings
END

arrLines is array of CLine dynamic
ArrayAdd(arrLines, new CItemLine("KEYB-01", 2, 49.90))
ArrayAdd(arrLines, new CServiceLine("SETUP", 1, 60))
ArrayAdd(arrLines, new CItemLine("MOUSE-7", 3, 19.99))
ArrayAdd(arrLines, new CItemLine("SCREEN-27", 1, 229))

Trace(arrLines.Count + " lines")
// expect: 4 lines

ArraySort(arrLines, asFunction, CompareAmounts)
FOR EACH o OF arrLines
	Trace(o:Caption())
END
// expect: SCREEN-27 x1 = 229.00
// expect: KEYB-01 x2 = 99.80
// expect: SETUP 1 h = 60.00 (service)
// expect: MOUSE-7 x3 = 59.97

moNet, moVAT are currencies
(moNet, moVAT) = Totals(arrLines)
Trace("net " + moNet + " VAT " + moVAT + " gross " + (moNet + moVAT))
// expect: net 448.77 VAT 89.53 gross 538.3

r is STSummary
r.sCustomer = "Smith & Sons"
r.nLines = arrLines.Count
r.moNet = moNet
r.moVAT = moVAT
FOR EACH o OF arrLines
	IF o is a CItemLine THEN ArrayAdd(r.arrRefs, o:Reference())
END
bufJSON is Buffer
Serialize(r, bufJSON, psdJSON)
vBack is Variant = JSONToVariant(bufJSON)
Trace(vBack.sCustomer + ": " + vBack.arrRefs..Count + " items, " + vBack.moNet)
// expect: Smith & Sons: 3 items, 448.77

sCode is string = "  ord-2025/0042  "
sCode = NoSpace(sCode).Upper()
Trace(sCode + " (" + sCode.Length + ")")
// expect: ORD-2025/0042 (13)
Trace(OrderNumber(sCode))
// expect: 42

PROCEDURE CLine::Constructor(sRef is string, nQty is int, moUnit is currency)
	:m_sRef = sRef
	:m_nQty = nQty
	:m_moUnit = moUnit

PROCEDURE CLine::Amount() : currency
	RESULT :m_nQty * :m_moUnit

PROCEDURE CLine::Reference() : string
	RESULT :m_sRef

PROCEDURE VIRTUAL CLine::Caption() : string
	RESULT :m_sRef + " x" + :m_nQty + " = " + NumToString(:Amount(), ".2f")

PROCEDURE CServiceLine::Constructor(sRef is string, nHours is int, moRate is currency)
	Constructor CLine(sRef, nHours, moRate)
	:m_nHours = nHours

PROCEDURE CServiceLine::Caption() : string
	RESULT :m_sRef + " " + :m_nHours + " h = " + NumToString(:Amount(), ".2f") + " (service)"

PROCEDURE CompareAmounts(a is CLine dynamic, b is CLine dynamic) : int
	IF a:Amount() > b:Amount() THEN RESULT -1
	IF a:Amount() < b:Amount() THEN RESULT 1
	RESULT 0

PROCEDURE Totals(arr is array of CLine dynamic)
	moSum is currency
	FOR EACH o OF arr
		moSum += o:Amount()
	END
	RESULT (moSum, Round(moSum * VATRate(), 2))

	INTERNAL PROCEDURE VATRate() : real
		RESULT 0.196 + 0.0035
	END

PROCEDURE OrderNumber(sCode is string) : int
	RESULT Val(ExtractString(sCode, 2, "/"))
CASE ERROR:
	RESULT -1
