// Quote builder: abstract base class, overrides calling the ancestor's method, the
// ancestor's constructor, a destructor run by delete and at the end, a structure holding an
// array of structures serialized to JSON and back. A currency in JSON is a plain number
// (150, not 150.0: a Python float leaked; INFERRED, docs/builtins.md).
CItem is Class, abstract
	PUBLIC
		m_sLabel is string
		m_nQty is int = 1
END

CProduct is Class
	inherits from CItem
	m_mUnit is currency
END

CService is Class
	inherits from CItem
	m_rHours is real
	m_mRate is currency
END

STQuote is Structure
	sCustomer is string
	arrLines is array of STLine
	mTotal is currency
END
STLine is Structure
	sLabel is string
	mAmount is currency
END

arrItems is array of CItem dynamic
p is CProduct dynamic = new CProduct("Laptop stand", 3, 29.90)
arrItems.Add(p)
arrItems.Add(new CService("Installation", 2.5, 60))
arrItems.Add(new CProduct("USB-C hub", 2, 45))

q is STQuote
q.sCustomer = "Globex"
FOR EACH it OF arrItems
	ln is STLine
	ln.sLabel = it.Describe()
	ln.mAmount = it.Amount()
	q.arrLines.Add(ln)
	q.mTotal += ln.mAmount
END
FOR EACH ln OF q.arrLines
	Trace(ln.sLabel + " = " + ln.mAmount)
END
// expect: 3 x Laptop stand = 89.7
// expect: 1 x Installation (2.5 h) = 150
// expect: 2 x USB-C hub = 90
Trace("Total: " + q.mTotal) // expect: Total: 329.7
bufJSON is Buffer
Serialize(q, bufJSON, psdJSON)
Trace(bufJSON) // expect: {"sCustomer":"Globex","arrLines":[{"sLabel":"3 x Laptop stand","mAmount":89.7},{"sLabel":"1 x Installation (2.5 h)","mAmount":150},{"sLabel":"2 x USB-C hub","mAmount":90}],"mTotal":329.7}
q2 is STQuote
Deserialize(q2, bufJSON, psdJSON)
Trace(q2.arrLines[2].sLabel + " / " + q2.mTotal) // expect: 1 x Installation (2.5 h) / 329.7
delete p // expect: freeing Laptop stand
Trace("done") // expect: done
// expect: freeing USB-C hub

PROCEDURE CItem.Constructor(sLabel is string, nQty is int)
m_sLabel = sLabel
m_nQty = nQty

PROCEDURE CItem.Amount() : currency
RESULT 0

PROCEDURE CItem.Describe() : string
RESULT m_nQty + " x " + m_sLabel

PROCEDURE CProduct.Constructor(sLabel is string, nQty is int, mUnit is currency)
Constructor CItem(sLabel, nQty)
m_mUnit = mUnit

PROCEDURE CProduct.Amount() : currency
RESULT m_nQty * m_mUnit

PROCEDURE CProduct.Destructor()
Trace("freeing " + m_sLabel)

PROCEDURE CService.Constructor(sLabel is string, rHours is real, mRate is currency)
Constructor CItem(sLabel, 1)
m_rHours = rHours
m_mRate = mRate

PROCEDURE CService.Amount() : currency
RESULT m_rHours * m_mRate

PROCEDURE CService.Describe() : string
RESULT CItem.Describe() + " (" + m_rHours + " h)"
