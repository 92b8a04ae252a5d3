// a method called on a member whose class its declaration gives (`m_o` and `:m_o` in a
// method, `o.m_p` outside): its argument count, its parameter types (help ?1514076) and
// whether the class has it are checked as for a variable of that class
CPart is Class
	m_n is string
END
CCar is Class
	m_o is CPart
	m_d is dynamic CPart
END
c is CCar
k is int = 4
c.m_o.Label(k) // error: WL116:13 'k' is an int and the parameter 'sText' of CPart::Label is a string: WINDEV's compiler refuses a variable of another type there
c.m_o.Label("x", 2) // error: WL104:7 Label expects 1 parameter(s) but received 2
PROCEDURE CPart::Label(sText is string)
Trace("[" + sText + "]")
PROCEDURE CCar::Go()
n is int = 3
m_o.Label(n) // error: WL116:11 'n' is an int and the parameter 'sText' of CPart::Label is a string: WINDEV's compiler refuses a variable of another type there
:m_o.Label(n) // error: WL116:12 'n' is an int and the parameter 'sText' of CPart::Label is a string: WINDEV's compiler refuses a variable of another type there
m_d.Label(n) // error: WL116:11 'n' is an int and the parameter 'sText' of CPart::Label is a string: WINDEV's compiler refuses a variable of another type there
m_o.Nothing() // error: WL109:5 'Nothing' is not a method of CPart
