// TypeVariable, PropertyExist, VariantConvert, SeekProcedure: no help page stored; what
// the names and PC SOFT's runtime signatures make certain (docs/builtins.md,
// "Introspection without a help page", INFERRED)
Customer is Class
	m_name is string
END
c is Customer
Trace(PropertyExist(c, "m_name"), PropertyExist(c, "NAME"), PropertyExist(c, "Age")) // expect: 1, 1, 0
Trace(PropertyExist(42, "x")) // expect: 0
v is Variant = "12"
Trace(TypeVariable(v) = wlString, TypeVariable(3) = wlInt, TypeVariable(2.5) = wlReal) // expect: 1, 1, 1
Trace(TypeVariable(True) = wlBoolean, TypeVariable(c) = wlNull) // expect: 1, 1
Trace(VariantConvert(v, wlInt), v + 1, TypeVar(v) = wlInt) // expect: 1, 13, 1
Trace(VariantConvert(v, wlString), v + 1) // expect: 1, 121
Trace(VariantConvert(v, wlArray), ErrorOccurred, v) // expect: 0, 1, 12
p is procedure = SeekProcedure("Twice")
Trace(p(21)) // expect: 42
q is procedure = SeekProcedure("Nowhere")
Trace(ErrorOccurred, q = Null) // expect: 1, 1
Trace(ErrorInfo()) // expect: SeekProcedure: there is no procedure named 'Nowhere'.
PROCEDURE Twice(x)
RESULT 2 * x
PROCEDURE PUBLIC Customer::Name() <get>
RESULT :m_name
