// (method b) A memoization in a GLOBAL member of a class: an associative array of
// integers (an integer key), a global counter, read through CCalc::x, ::x and CCalc.x;
// then a price cache (associative array (ccIgnoreCase) of currencies) in PUBLIC GLOBAL,
// read from a global method and an object's method, with a PRIVATE member.
Trace(CCalc::Fibo(40))                            // expect: 102334155
Trace(CCalc::nComputed)                           // expect: 38
Trace(CCalc.Fibo(41))                             // expect: 165580141
Trace(CCalc::nComputed, CCalc::aaCache..Occurrence)  // expect: 39, 39
CCalc::Clear()
Trace(CCalc::nComputed, ArrayCount(CCalc::aaCache))  // expect: 0, 0

Trace(CPrices::Price("a1"))                       // expect: 12.5
Trace(CPrices::Price("A1"))                       // expect: 12.5
Trace(CPrices::Price("b2"), CPrices::mg_nReads)   // expect: 7, 2
p is CPrices
Trace(p.Show("B2"))                               // expect: B2: 7 EUR
Trace(CPrices::mg_nReads, CPrices::mg_aaPrice.Count)  // expect: 2, 2
FOR EACH mPrice, sKey OF CPrices::mg_aaPrice
	Trace(sKey + "=" + mPrice)
END
// expect: a1=12.5
// expect: b2=7

CCalc is Class
	GLOBAL
	aaCache is associative array of int
	nComputed is int
END

PROCEDURE GLOBAL CCalc::Fibo(n is int) : int
IF n <= 2 THEN RESULT 1
IF CCalc::aaCache[n]..Exist THEN RESULT CCalc::aaCache[n]
CCalc::nComputed++
nRes is int = Fibo(n - 1) + Fibo(n - 2)
CCalc::aaCache[n] = nRes
RESULT nRes

PROCEDURE GLOBAL CCalc::Clear()
ArrayDeleteAll(::aaCache)
::nComputed = 0

CPrices is Class
	PUBLIC GLOBAL
		mg_aaPrice is associative array (ccIgnoreCase) of currency
		mg_nReads is int
	PRIVATE
		m_sCurrency is string = "EUR"
END

PROCEDURE PUBLIC GLOBAL CPrices::Price(LOCAL sRef is string) : currency
IF mg_aaPrice[sRef]..Exist THEN
	RESULT mg_aaPrice[sRef]
END
mg_nReads++
mPrice is currency = ReadPrice(sRef)
mg_aaPrice[sRef] = mPrice
RESULT mPrice

PROCEDURE CPrices::Show(sRef)
RESULT sRef + ": " + CPrices::Price(sRef) + " " + :m_sCurrency

PROCEDURE ReadPrice(sRef is string) : currency
SWITCH Upper(sRef)
	CASE "A1" : RESULT 12.5
	CASE "B2" : RESULT 7
	OTHER CASE : RESULT 0
END
