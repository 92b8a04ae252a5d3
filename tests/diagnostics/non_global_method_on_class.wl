// a method that is not GLOBAL has no object to run on when called on the class itself
// (`CInv.Count()`, `CInv::Count()` outside CInv's methods): WL111, deferred (wl run runs
// it on the class and stops where it reads a member); a GLOBAL one, or the ancestor's
// version called from a derived class's method, is no error
CInv is Class
	GLOBAL
		g_n is int
	PUBLIC
		n is int
END
CBig is Class
	inherits from CInv
END
Trace(CInv.Count()) // error: WL111:12 CInv::Count is not a GLOBAL method: it runs on an object (o.Count(...) with o of CInv), or declare it PROCEDURE GLOBAL
Trace(CInv::Count()) // error: WL111:13 CInv::Count is not a GLOBAL method: it runs on an object (o.Count(...) with o of CInv), or declare it PROCEDURE GLOBAL
Trace(CInv::Total(), CInv.Total())
b is CBig
Trace(b.Twice())

PROCEDURE CInv::Count()
RESULT n
PROCEDURE GLOBAL CInv::Total()
RESULT g_n
PROCEDURE CBig::Twice()
RESULT 2 * CInv::Count()
