// Method headers nothing can call as written (WL111): a destructor with parameters, a
// <set> accessor without the parameter receiving the value, a <get> accessor whose
// parameters need arguments. `wl run` stopped on each with an internal error (Python's
// "missing 1 required positional argument"); a default value makes them callable.
CA is Class
	m_n is int
END
o is CA
o.Count = 3
Trace(o.Count, o.Label)
PROCEDURE CA::Destructor(bQuiet) // error: WL111:15 the destructor CA::Destructor takes no parameters: it runs when its object goes, with nothing to give it
Trace(bQuiet)
PROCEDURE PUBLIC CA::Count() <set> // error: WL111:22 the <set> accessor CA::Count needs a parameter: it receives the value assigned to the property (Count(Value))
m_n = 1
PROCEDURE PUBLIC CA::Count() <get>
RESULT m_n
PROCEDURE PUBLIC CA::Label(sPrefix, sSuffix = "") <get> // error: WL111:22 the <get> accessor CA::Label is called without arguments when the property is read: its parameters need a default value
RESULT sPrefix + m_n + sSuffix
CB is Class
	m_x is int
END
PROCEDURE CB::m_x() // error: WL105:15 'm_x' is already a member of the class CB: a method cannot have a member's name (o.m_x reads the member)
RESULT 1
