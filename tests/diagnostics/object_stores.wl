// a value of a simple type stored into a variable of a class or structure, and an object
// or structure stored into a number or string variable: WL110 at the variable, as the
// run stops there (an element of an array of a class too); Null, variants, objects of
// the class and expressions are not judged
CCustomer is a Class
    m_name is string
END
STPoint is Structure
    x is int
END
n is int = 3
o is CCustomer = "Dupont" // error: WL110:1 "Dupont" is a string: a value of type string cannot be stored in 'o', a CCustomer (class)
p is STPoint
p = n // error: WL110:1 'n' is an int: a value of type int cannot be stored in 'p', a STPoint (structure)
d is dynamic CCustomer
d = 12 // error: WL110:1 12 is an integer: a value of type integer cannot be stored in 'd', a CCustomer (class)
total is real
total = o // error: WL110:1 'o' is a CCustomer: an object cannot be stored in 'total', a number
s is string = p // error: WL110:1 'p' is a STPoint: a structure cannot be stored in 's', a string
d = Null
d = new CCustomer
v is Variant = o
other is CCustomer = o
arr is array of CCustomer
ArrayAdd(arr, "Martin") // error: WL110:15 "Martin" is a string: a value of type string cannot be stored in an element of 'arr', an array of CCustomer (class)
arr.Add(n) // error: WL110:9 'n' is an int: a value of type int cannot be stored in an element of 'arr', an array of CCustomer (class)
arr[1] = 4 // error: WL110:10 4 is an integer: a value of type integer cannot be stored in an element of 'arr', an array of CCustomer (class)
ArrayAdd(arr, o)
pts is array of STPoint
ArrayInsert(pts, 1, p)
Trace(d.m_name, v.m_name, other.m_name, n, total, s, arr[1].m_name, pts[1].x)
