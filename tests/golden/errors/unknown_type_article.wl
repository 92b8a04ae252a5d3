// the unknown type is named without its article
x is a Gizmo // expect error: unknown type 'Gizmo'
