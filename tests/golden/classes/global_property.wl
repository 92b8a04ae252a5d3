// a GLOBAL property (`PROCEDURE GLOBAL CClass::X() <get>` / `<set>`): read and written
// through its class (`CStock.Total`, `CStock::Total`) and through an object of the class
// or of a derived one; its procedures run on the class, reading its GLOBAL members
// (it was WL101/WL109 in wl check and "A string has no member 'Total'" when it ran)
CStock is Class
	GLOBAL
		s_units is int
		s_price is currency = 2.5
END
CShelf is Class
	inherits from CStock
	m_label is string
END
CStock.Total = 4
Trace(CStock.Total) // expect: 4
Trace(CStock::Total) // expect: 4
CStock::Total = 10
Trace(CStock::s_units) // expect: 10
Trace(CStock.Value) // expect: 25
s is CShelf
s.Total = 12
Trace(s.Total, CStock.Total, CShelf::Total) // expect: 12, 12, 12
d is dynamic CStock
d = new CShelf
d.Total += 1
Trace(d.Total, CStock::s_units) // expect: 13, 13
v is variant = d
Trace(v.s_units) // expect: 13
v.s_units = 20
Trace(CStock.Total) // expect: 20
CStock.Bump() // in a GLOBAL method, `Total` and `::Total` name the GLOBAL property
Trace(CStock::Total) // expect: 22
s.Touch() // and in a method of an object
Trace(CStock::Total) // expect: 32

PROCEDURE GLOBAL CStock::Total() <get>
RESULT s_units
PROCEDURE GLOBAL CStock::Total(n is int) <set>
s_units = n
PROCEDURE GLOBAL CStock::Value() : currency <get>
RESULT s_units * s_price
PROCEDURE GLOBAL CStock::Bump()
Total = Total + 1
::Total += 1
PROCEDURE CStock::Touch()
Total += 10
