// a text given to a parameter declared of a class: the run stops at the call, with the
// words of wl check's WL116 (no object can be made of a text)
CCustomer is a Class
    m_name is string
END
Trace("before") // expect: before
Take("Dupont") // expect error: "Dupont" is a string and the parameter 'c' of Take is a CCustomer: a value of type string cannot be stored in a class
Trace("never printed")

PROCEDURE Take(c is CCustomer)
Trace("never printed either", c.m_name)
