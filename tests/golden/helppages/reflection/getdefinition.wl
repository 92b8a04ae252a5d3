// Help page GetDefinition ?1000019333: its example as written (BaseClass and DerivedClass
// are declared here, DerivedClass inheriting BaseClass, as the page describes them):
// GetDefinition gives the definition of the content's type, so the same `dynamic
// BaseClass` variable gives BaseClass, then DerivedClass (the function was unknown).
// Then its error handling: an element not allocated gives a Null definition and a
// non-fatal error.
BaseClass is Class
	m_nId is int
END
DerivedClass is Class
	inherits BaseClass
	m_sName is string
END
po is dynamic BaseClass
d is Definition

po = new BaseClass
d = GetDefinition(po)
Trace(d.Name)
// expect: BaseClass

po = new DerivedClass
d = GetDefinition(po)
Trace(d.Name)
// expect: DerivedClass

pNone is dynamic BaseClass
d = GetDefinition(pNone)
IF d = Null THEN Trace("Null definition:", ErrorOccurred, ErrorInfo(errMessage))
// expect: Null definition:, 1, GetDefinition: element not allocated.
