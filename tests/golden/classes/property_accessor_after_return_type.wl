// `PROCEDURE C::X(): int <get>`: the attribute written after the return type makes the
// method a property's getter as `PROCEDURE C::X() <get>` does (before: the attribute was
// read as part of the type and dropped, so X was a method); other attributes may follow
CStock is Class
	m_units is int
END
s is CStock
s.Units = 12
Trace(s.Units) // expect: 12
Trace(s.Boxes) // expect: 2
Trace(s.Label) // expect: 12 units
s.Units = 30
Trace(s.Boxes) // expect: 5
// written through a variable of the class, a read-only property is wl check's WL106 and
// the run refuses the program (?6010011); through a variant, the run stops at the line
v is variant = s
// expect error: The property Boxes of CStock is read-only
v.Boxes = 1
PROCEDURE PUBLIC CStock::Units(): int <get>
RESULT :m_units
PROCEDURE PUBLIC CStock::Units(n is int) <set>
:m_units = n
PROCEDURE CStock::Boxes() : int <get>, <utile>
RESULT :m_units / 6
PROCEDURE CStock::Label():string<get>
RESULT :m_units + " units"
