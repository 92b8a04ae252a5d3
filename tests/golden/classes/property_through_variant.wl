// a property written through a variant holding the object runs its <set> (it wrote a
// member of that name: "'Celsius' is not a member of the class"); a property with only a
// <get> written so stops the run, as `wl check` says for a typed variable (?6010011)
CTemp is Class
	m_c is real
END
v is variant = new CTemp
v.Celsius = 20
Trace(v.Celsius, v.Fahrenheit) // expect: 20, 68
v.Fahrenheit = 50 // expect error: The property Fahrenheit of CTemp is read-only (it has no <set> procedure).
PROCEDURE CTemp::Celsius() <get>
RESULT m_c
PROCEDURE CTemp::Celsius(x is real) <set>
m_c = x
PROCEDURE CTemp::Fahrenheit() <get>
RESULT m_c * 9 / 5 + 32
