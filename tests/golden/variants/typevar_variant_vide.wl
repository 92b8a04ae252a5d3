// Un variant jamais affecté contient Null : TypeVar et ..Type donnent wlNull (issue 8).
v est un variant
Trace(TypeVar(v) = wlNull, v..Type = wlNull) // expect: 1, 1
Trace(TypeVar(v) = wlChaîne) // expect: 0
v = 3
Trace(TypeVar(v) = wlEntier) // expect: 1
