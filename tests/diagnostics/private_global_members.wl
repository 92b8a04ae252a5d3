// a GLOBAL member of a `PRIVATE GLOBAL`, `GLOBAL PRIVATE` or `PROTECTED GLOBAL`
// section, named `CClass::member` outside the class is WL112 as an object's private
// member is (was accepted, and the run read it); its class's methods use it; a GLOBAL
// line naming no access word declares public global members, even after PRIVATE
CCounter is Class
PRIVATE GLOBAL
	s_nTotal is int
GLOBAL PRIVATE
	s_nHidden is int = 4
PROTECTED GLOBAL
	s_nShared is int = 5
PUBLIC GLOBAL
	s_nPublic is int = 6
END
CSub is Class
	inherits from CCounter
END
s is CSub
Trace(CCounter::Bump(), CCounter::s_nPublic, s.Shared())
Trace(CCounter::s_nTotal) // error: WL112:17 's_nTotal' is a private member of the class CCounter: only its own methods can use it
Trace(CCounter::s_nHidden) // error: WL112:17 's_nHidden' is a private member of the class CCounter: only its own methods can use it
Trace(CCounter::s_nShared) // error: WL112:17 's_nShared' is a protected member of the class CCounter: only its methods and those of its derived classes can use it

PROCEDURE GLOBAL CCounter::Bump()
s_nTotal++
RESULT CCounter::s_nTotal + CCounter::s_nHidden
PROCEDURE CSub::Shared()
RESULT CCounter::s_nShared
