// reading, writing or calling a member of a dynamic object that is still Null stops the
// run with an error naming the variable, at it (it said "A value of type Null has no
// member 'm_name'", naming nothing)
CCustomer is a Class
    m_name is string
END
o is dynamic CCustomer
IF o = Null THEN Trace("no customer yet") // expect: no customer yet
WHEN EXCEPTION IN
    o.m_name = "Dupont"
DO
    Trace(ExceptionInfo(errMessage)) // expect: o is Null: no CCustomer object to use 'm_name' on (a dynamic object is Null until new or an assignment gives it one).
END
WHEN EXCEPTION IN
    o.Greet()
DO
    Trace(ExceptionInfo(errMessage)) // expect: o is Null: no CCustomer object to use 'Greet' on (a dynamic object is Null until new or an assignment gives it one).
END
o = new CCustomer
o.m_name = "Martin"
o.Greet() // expect: hello Martin
o = Null
Trace(o.m_name) // expect error: o is Null: no CCustomer object to use 'm_name' on

PROCEDURE CCustomer::Greet()
Trace("hello " + m_name)
