// A variant never assigned holds Null: TypeVar and ..Type give wlNull, not wlString
// (issue 8; decided, docs/builtins.md "TypeVar"), until a value is stored.
v is variant
Trace(TypeVar(v) = wlNull, v..Type = wlNull, v = Null) // expect: 1, 1, 1
Trace(TypeVar(v) = wlString) // expect: 0
v = "a"
Trace(TypeVar(v) = wlString) // expect: 1
v = Null
Trace(TypeVar(v) = wlNull) // expect: 1
