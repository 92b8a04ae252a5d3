// a variable of an unknown type (say a class of another file) is a variant, with a warning
x is Gizmo
Trace(x = "") // expect: 1
