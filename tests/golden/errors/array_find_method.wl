// t.Find(v): no Array function is named Find; the error says what WLanguage writes
// (wlinterp/semantics/other_names.py)
t is array of int = [4, 7]
Trace(t.Seek(asLinear, 7), t.Contains(7)) // expect: 2, 1
Trace(t.Find(7)) // expect error: Unknown method 'Find' for a value of type array; an array is searched with Seek: t.Seek(asLinear, value)
