// WL116 for a member or an element whose declared type the code tells (`s.n`, `o.m_label`,
// `t[1]`, `a["k"]`, `:m_count` and `m_count` in a method): as for a variable (?1514076),
// at the argument's start; not for variants, dynamic members of a variant, a range of
// elements, properties or a name with several syntaxes; a row of a two-dimension array is
// said as an array (rows_given_to_parameters.wl)
STCustomer is Structure
    n is int
    name is string
END
CBox is Class
    m_label is string
    m_count is int
    m_any is variant
END
s is STCustomer
t is array of int = [1]
a is associative array of int
m is array of 2 by 2 int
o is CBox
d is dynamic CBox = new CBox
v is variant = "ab"
TakeText(s.n) // error: WL116:10 's.n' is an int and the parameter 'txt' of TakeText is a string: WINDEV's compiler refuses a value of another type there
TakeText(t[1]) // error: WL116:10 't[...]' is an int and the parameter 'txt' of TakeText is a string: WINDEV's compiler refuses a value of another type there
TakeText(a["k"]) // error: WL116:10 'a[...]' is an int and the parameter 'txt' of TakeText is a string: WINDEV's compiler refuses a value of another type there
TakeNumber(o.m_label) // error: WL116:12 'o.m_label' is a string and the parameter 'nb' of TakeNumber is an int: WINDEV's compiler refuses a value of another type there
TakeNumber(d.m_label) // error: WL116:12 'd.m_label' is a string and the parameter 'nb' of TakeNumber is an int: WINDEV's compiler refuses a value of another type there
TakeText(s.name)
TakeNumber(o.m_count)
TakeText(o.m_any)
TakeText(v.n)
TakeText(t[1 TO 1])
TakeText(m[1]) // error: WL116:10 'm[...]' (a row of the array 'm', which has 2 dimensions) is an array and the parameter 'txt' of TakeText is a string: no array can be stored there
Either(s.n)
TakeBox(s.name) // error: WL116:9 's.name' is a string and the parameter 'b' of TakeBox is a CBox: a value of type string cannot be stored in a class
o.Show()

PROCEDURE TakeText(txt is string)
Trace(txt)

PROCEDURE TakeNumber(nb is int)
Trace(nb)

PROCEDURE TakeBox(b is CBox)
Trace(b.m_count)

PROCEDURE Either(x is string)
Trace(x)

PROCEDURE Either(x is int)
Trace(x + 1)

PROCEDURE CBox::Show()
TakeText(m_count) // error: WL116:10 'm_count' is an int and the parameter 'txt' of TakeText is a string: WINDEV's compiler refuses a value of another type there
TakeText(:m_count) // error: WL116:10 ':m_count' is an int and the parameter 'txt' of TakeText is a string: WINDEV's compiler refuses a value of another type there
TakeText(m_label)
