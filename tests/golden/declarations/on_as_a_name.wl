// `on` is a word of sized types (`int on 8 bytes`) and of substrings (`s[[2 on 3]]`), and
// also a name: a variable, a parameter or a loop counter may be called `on` (as `sur`,
// its French twin, may), read as the name wherever a value or a place is expected
on is int = 3
Trace(on) // expect: 3
on++
big is int on 8 bytes = 5000000000
Trace(big + on) // expect: 5000000004
s is string = "abcdef"
Trace(s[[2 on 3]]) // expect: bcd
Trace(s[[on on 2]]) // expect: de
t is array of int = [on, 2 * on]
Trace(t[2]) // expect: 8
FOR on = 1 TO 2
	Trace(on) // expect: 1
	// expect: 2
END
Trace(Tenfold(7)) // expect: 70
PROCEDURE Tenfold(on)
RESULT on * 10
