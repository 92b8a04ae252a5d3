// An Image's refusal names the property or the method as the line writes it (runtime
// helpers know only the folded name: `Image..width`, `Image.savejpeg()` before; REV,
// 6 Dec 2026; wlinterp/shown_names.py), written with `..` or `.`, read or written, also
// through a Variant.
imgPhoto is Image
WHEN EXCEPTION IN
	imgPhoto..Width = 500
DO
	Trace(Left(ExceptionInfo(errMessage), 19)) // expect: Image..Width = ...:
END
WHEN EXCEPTION IN
	Trace(imgPhoto..DrawingScale)
DO
	Trace(Left(ExceptionInfo(errMessage), 20)) // expect: Image..DrawingScale:
END
WHEN EXCEPTION IN
	imgPhoto..FillColor = 3
DO
	Trace(Left(ExceptionInfo(errMessage), 26)) // expect: Image..FillColor = ...: th
END
v is Variant = imgPhoto
WHEN EXCEPTION IN
	v.SaveJPEG("out.jpg")
DO
	Trace(Left(ExceptionInfo(errMessage), 17)) // expect: Image.SaveJPEG():
END
imgPhoto..BitPerPixel = 8 // expect error: Image..BitPerPixel = ...: the Image type's methods
