// a text stored into a variable of a class stops the run where it is stored, as wl
// check's WL110 says beforehand
CCustomer is a Class
    m_name is string
END
Trace("before") // expect: before
o is CCustomer
o = "Dupont" // expect error: A value of type string cannot be stored in the class CCustomer.
Trace("never printed")
