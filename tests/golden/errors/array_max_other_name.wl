// ArrayMax is not a WLanguage function (no page, not in PC SOFT's names): the error
// says what WLanguage writes (wlinterp/semantics/other_names.py)
t is array of int = [3, 1, 2]
Trace(Max(t)) // expect: 3
Trace(t.Max()) // expect: 3
Trace(t.Min(), t.Sum()) // expect: 1, 6
Trace(ArrayMax(t)) // expect error: Unknown procedure or function 'ArrayMax'; the largest element of an array is Max(t)
