// A method called with more arguments than it takes stops with a WLanguage error at the
// call (not an internal error): in the class, through an object, through a variant.
CTool is Class
END
o is CTool
v is variant = o
Try(1)
Try(2)
Try(3)
PROCEDURE Try(n)
WHEN EXCEPTION IN
	SWITCH n
		CASE 1: o.Inside()
		CASE 2: o.Two(1) // wl: ignore[WL104]
		CASE 3: v.Two(1)
	END
DO
	Trace(ExceptionInfo(errMessage))
END
// expect: Two expects 0 parameter(s) but received 1.
// expect: Two expects 0 parameter(s) but received 1.
// expect: The method Two of the class CTool does not take 1 parameter(s).
PROCEDURE CTool::Inside()
Two(1) // wl: ignore[WL104]
PROCEDURE CTool::Two()
Trace("two")
