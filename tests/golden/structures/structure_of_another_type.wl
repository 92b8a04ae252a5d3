// `s1 = s2` between structures of two types: s1 becomes a structure of its own type whose
// members of the same name as s2's take their values, the others their defaults; s2's
// other members are ignored (?6010018, "Copy rules": "Structure = Structure"). It was
// "A value of type structure cannot be stored in the structure ST1". Between objects of
// unrelated classes the run still refuses it, naming both classes.
ST1 is Structure
	a is int
	b is string
	d is Date
END
ST2 is Structure
	b is string
	c is int
	d is string
END
s1 is ST1
s1.a = 4
s2 is ST2
s2.b = "bee"
s2.c = 3
s2.d = "20240131"
s1 = s2
Trace(s1.a, s1.b, s1.d..Month) // expect: 0, bee, 1
t is array of ST1
ArrayAdd(t, s2)
Trace(t[1].b) // expect: bee
CA is Class
	m_n is int
END
CB is Class
	m_n is int
END
a is CA
b is CB
a = b // expect error: An object of the class CB cannot be stored in the class CA: it is not CA nor derived from it.
