// a CONSTANT member (or a constant) reached another way than `o.m = v` is refused too
CONSTANT
	MAX_ITEMS = 5
END
CStock is Class
	PUBLIC CONSTANT m_code is string
	PUBLIC CONSTANT m_sizes is array of int
	m_label is string
END
Item is Structure
	m_code is string
	m_label is string
END
s is CStock
i is Item
s <= i // error: WL106:1 'm_code' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (the homonymous copy '<=' would copy Item's 'm_code' into it)
s.m_sizes[1] = 3 // error: WL106:3 'm_sizes' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (its elements cannot be changed either)
ArrayAdd(s.m_sizes, 4) // error: WL106:12 'm_sizes' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (ArrayAdd would change its elements)
Rename(s.m_code) // error: WL106:10 'm_code' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (passed by reference to Rename, which assigns its parameter 'code')
{"MAX_ITEMS"} = 6 // error: WL106:1 the constant 'MAX_ITEMS' cannot be changed through the indirection {"MAX_ITEMS"}
{"s.m_code"} = "B" // error: WL106:1 'm_code' is a CONSTANT member of the class CStock: only the methods of its class (or of a class derived from it) can change it (through the indirection {"s.m_code"})
s.m_label = "ok"
s.Fill(i)
Show(s.m_code) // a procedure that does not assign its parameter
PROCEDURE Rename(code)
code = "X"
PROCEDURE Show(code)
Trace(code)
PROCEDURE CStock::Fill(other is Item)
objet <= other // its own methods may copy into it
Add(m_sizes, 1)
m_sizes[1] = 2
