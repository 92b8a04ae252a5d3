// `x = CMyClass`: the class's name is no value (the line stops, the one before ran)
CMyClass is Class
    m_n is int
END
Trace("before") // expect: before
x is Variant = CMyClass // expect error: 'CMyClass' is a class or structure, not a variable
Trace("after")
