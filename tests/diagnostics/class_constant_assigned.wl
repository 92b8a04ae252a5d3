// a class's constant (`CA::VAT`, `::VAT` in its methods, `a.VAT` through an object) or an
// enumeration's value (`EColour.Red`) assigned: WL106, as `VAT = 5` already was (the run
// stopped at `CA::VAT = 3` with "'VAT' is not a global member of a class")
CA is Class
	CONSTANT
		VAT = 20
	END
	m_n is int
END
EColour is Enumeration
	Red
END
CA::VAT = 3 // error: WL106:5 cannot assign to the constant 'VAT'
a is CA
a.VAT = 4 // error: WL106:3 cannot assign to the constant 'VAT'
EColour.Red = 3 // error: WL106:9 cannot assign to the constant 'Red'
a.m_n = CA::VAT
a.M()
PROCEDURE CA::M()
::VAT = 6 // error: WL106:3 cannot assign to the constant 'VAT'
