// SWITCH(v) as an expression with no value to choose from (a one-line IF's statement
// too): the value has no choice and there is no ELSE, a fatal error when it runs (the
// generated Python was invalid: "the program is too complex to compile")
n is int = 2
Trace(SWITCH(n, "one", "two")) // expect: two
Trace(SWITCH(n, ELSE "none")) // expect: none
IF n = 2 THEN SWITCH(n) // expect error: SWITCH: no value for 2 and no default (ELSE).
