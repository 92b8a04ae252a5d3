// a literal or a variable of a simple type given to a parameter declared of a class or
// structure: no such value can be stored there, WL116 at the argument (the run stops at
// the call with the same words); Null, variants, objects and expressions are not judged
CCustomer is a Class
    m_name is string
END
STPoint is Structure
    x is int
END
n is int = 3
s is string = "a"
v is Variant
o is CCustomer
p is STPoint
d is dynamic CCustomer
Take("x") // error: WL116:6 "x" is a string and the parameter 'c' of Take is a CCustomer: a value of type string cannot be stored in a class
Take(n) // error: WL116:6 'n' is an int and the parameter 'c' of Take is a CCustomer: a value of type int cannot be stored in a class
Move(s) // error: WL116:6 's' is a string and the parameter 'pt' of Move is a STPoint: a value of type string cannot be stored in a structure
Move(2.5) // error: WL116:6 2.5 is a real and the parameter 'pt' of Move is a STPoint: a value of type real cannot be stored in a structure
o.Greet(12) // error: WL116:9 12 is an integer and the parameter 'other' of CCustomer::Greet is a CCustomer: a value of type integer cannot be stored in a class
Take(o)
Take(v)
Take(d)
Move(p)
Keep(Null)
Keep(s) // error: WL116:6 's' is a string and the parameter 'c' of Keep is a CCustomer: a value of type string cannot be stored in a class

PROCEDURE Take(c is CCustomer)
Trace(c.m_name)

PROCEDURE Move(pt is STPoint)
Trace(pt.x)

PROCEDURE Keep(c is dynamic CCustomer)
Trace(c = Null)

PROCEDURE CCustomer::Greet(other is CCustomer)
Trace(m_name, other.m_name)
