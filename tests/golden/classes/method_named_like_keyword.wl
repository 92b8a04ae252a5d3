// a keyword or a built-in's name is a method name after `::`, `.`, `:` (issue 8):
// PROCEDURE C::Internal(), C::End(), C::Delete(), C::Length()
CTool is Class
	n is int
END
o is CTool
o.Internal() // expect: internal
o:End() // expect: end
o.Delete() // expect: delete
CTool::Loop() // expect: loop
o.CallAll()
// expect: internal
// expect: end
// expect: loop
// expect: delete
PROCEDURE CTool::Internal()
Trace("internal")
PROCEDURE CTool::End()
Trace("end")
PROCEDURE GLOBAL CTool::Loop()
Trace("loop")
procedure CTool::Delete()
Trace("delete")
PROCEDURE CTool::CallAll()
:Internal()
:End()
::Loop()
:Delete()
