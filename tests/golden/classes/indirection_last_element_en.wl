// An indirection whose last part is an element of a member (`{"o.m_t[1]"}`): it said
// "'m_t[1]' is not a member of the class C"; it reads and writes the element, as an
// element in a middle part (`{"o.m_t[1].n"}`) already did. A structure's member too.
C is Class
	m_t is array of int
	m_x is int
END
ST is Structure
	tab is array of strings
END
o is C
Add(o.m_t, 7)
Add(o.m_t, 8)
Trace({"o.m_t[1]"}, {"o:m_t[ 2 ]"}, {"O.M_T[1]", indVariable}) // expect: 7, 8, 7
{"o.m_t[2]"} = 9
Trace(o.m_t[2], {"o.m_t[2]"}) // expect: 9, 9
s is ST
Add(s.tab, "a")
{"s.tab[1]"} = "b"
Trace(s.tab[1], {"s.tab[1]"}) // expect: b, b
o.m_x = 3
Trace({"o.m_x"}) // expect: 3
