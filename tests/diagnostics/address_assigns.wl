// `&x` gives x's address to code that writes through it (API, Transfer...): x counts
// as assigned there, so WL204 ("used but never assigned", "read before any
// assignment") is not said of it (the real-code corpus had 7 such warnings). API is
// Windows-only (WL103); Transfer runs (b7995504: it copies bytes between variables).
PROCEDURE ReadSize(hDC)
stSize is Point // warning: WL207:1 unknown type 'Point'; the variable is a variant
API("GDI32", "GetTextExtentPoint32A", hDC, " ", 1, &stSize) // error: WL103:1 API is a Windows API/DLL function: not available outside Windows (DLLs and the Windows API cannot be called).
RESULT stSize
PROCEDURE CopyInt(nSource is int)
nTarget is int
Transfer(&nTarget, &nSource, 4)
RESULT nTarget
PROCEDURE Forgotten()
nNever is int // warning: WL204:1 'nNever' is used but never assigned: it always holds its default value
RESULT nNever
