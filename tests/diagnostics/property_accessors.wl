// a property written that has no <set>, or read that has no <get>, is a compile error in
// WINDEV (help ?6010011): WL106 / WL109, and the run stops there with the same text; a
// member of the property's name takes the missing direction; a property that is not
// GLOBAL named through its class has no object (WL111, deferred, as for a method)
CGauge is Class
	m_n is int
	Level is int
END
CDial is Class
	inherits from CGauge
END
g is CGauge
g.Reading = 3 // error: WL106:3 the property Reading of CGauge is read-only (it has no <set> procedure)
Trace(g.Target) // error: WL109:9 the property Target of CGauge is write-only (it has no <get> procedure)
g.Target = 4
Trace(g.Reading)
g.Level = 2
Trace(g.Level)
d is CDial
d.Reading = 1 // error: WL106:3 the property Reading of CDial is read-only (it has no <set> procedure)
Trace(CGauge.Reading) // error: WL111:14 CGauge::Reading is not a GLOBAL property: it belongs to an object (o.Reading with o of CGauge), or declare its procedures PROCEDURE GLOBAL
CGauge::Target = 1 // error: WL111:9 CGauge::Target is not a GLOBAL property: it belongs to an object (o.Target with o of CGauge), or declare its procedures PROCEDURE GLOBAL

PROCEDURE CGauge::Reading() <get>
RESULT m_n
PROCEDURE CGauge::Target(v is int) <set>
m_n = v
PROCEDURE CGauge::Level(v is int) <set>
m_n = v
