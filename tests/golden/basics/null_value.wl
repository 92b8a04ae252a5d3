// Null: a variant can hold it, compare it with = and <>
v is variant = Null
IF v = Null THEN Trace("v is Null") // expect: v is Null
v = 5
IF v <> Null THEN Trace("now set") // expect: now set
Trace(v) // expect: 5
