// an expression whose value is a text, given to a parameter declared of a class: wl check
// cannot know its type, the run stops where the parameter receives it and says "class"
// (it said "the structure CCustomer" for a class)
CCustomer is a Class
    m_name is string
END
// (the error is shown at the parameter, in Take, called from this line)
// expect error: A value of type string cannot be stored in the class CCustomer.
Take(Upper("dupont"))

PROCEDURE Take(c is CCustomer)
Trace(c.m_name)
