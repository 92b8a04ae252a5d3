// declaring a variable of an unknown type is an error
x is Gizmo // expect error: Gizmo
