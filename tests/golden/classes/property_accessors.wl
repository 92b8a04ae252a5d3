// a property: <get> and <set> procedures, even when a member has the same name
CTemp is Class
	m_celsius is real
	Fahrenheit is real
END
t is CTemp
t.Fahrenheit = 212
Trace(t.m_celsius) // expect: 100
Trace(t.Fahrenheit) // expect: 212
t.m_celsius = 0
Trace(t.Fahrenheit) // expect: 32
PROCEDURE PUBLIC CTemp::Fahrenheit() <get>
RESULT :m_celsius * 9 / 5 + 32
PROCEDURE PUBLIC CTemp::Fahrenheit(v) <set>
:m_celsius = (v - 32) * 5 / 9
