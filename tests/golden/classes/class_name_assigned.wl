// `x = CMyClass`: the class's name, a text (?2514004); stored into a variable of the
// class, it is a text where an object is wanted: the line stops there (wl check: WL110)
CMyClass is Class
    m_n is int
END
x is Variant = CMyClass
Trace(x, TypeVar(x) = wlString) // expect: CMyClass, 1
Trace("before") // expect: before
o is CMyClass dynamic
o = CMyClass // expect error: A value of type string cannot be stored in a dynamic CMyClass
Trace("after")
