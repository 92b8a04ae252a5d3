// Random stays in its range; InitRandom with a seed repeats the sequence
InitRandom(7)
a is int = Random(100)
b is int = Random(5, 10)
InitRandom(7)
Trace(Random(100) = a, Random(5, 10) = b) // expect: 1, 1
ok is boolean = True
FOR i = 1 TO 200
	n is int = Random(6)
	IF n < 1 OR n > 6 THEN ok = False
	r is real = Random()
	IF r < 0 OR r >= 1 THEN ok = False
END
Trace(ok) // expect: 1
