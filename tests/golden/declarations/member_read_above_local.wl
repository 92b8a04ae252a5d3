// In a method, a name read above the declaration of its own variable of that name is the
// object's member of that name when it has one, before the main code's variable, as the
// name is without the local (docs/semantics.md "A name read above its variable's
// declaration"): it read the main code's gx (5), and 9 without the local.
gx is int = 5
o is CBox
o.Show() // expect: 9
// expect: 1, 9
Trace(gx) // expect: 5

CBox is a Class
  gx is int = 9
END

PROCEDURE CBox::Show()
Trace(gx)
gx is int = 1
Trace(gx, :gx)
