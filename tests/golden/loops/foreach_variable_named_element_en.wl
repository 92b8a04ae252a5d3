// A FOR EACH loop whose variable is named `element` (any case, accented or not): the
// word is the ELEMENT keyword only when a variable name and OF/IN follow it
// (`FOR EACH ELEMENT x OF t`); `FOR EACH element OF t` read `element` as the keyword and
// OF as the variable (docs/semantics.md "FOR EACH element").
t is array of int = [1, 2]
s is string
FOR EACH element OF t
	s += element
END
for each ELEMENT of t
	s += "," + Element * 10
END
FOR EACH ÉLÉMENT OF t
	s += "," + (élément + 100)
END
FOR EACH ELEMENT x OF t
	s += ";" + x
END
FOR EACH ELEMENT v, k OF t
	s += "/" + v + k
END
Trace(s) // expect: 12,10,20,101,102;1;2/11/22
