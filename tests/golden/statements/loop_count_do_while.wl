// LOOP (n) runs n times; LOOP ... DO WHILE c tests c after each pass
n is int
LOOP (3)
	n++
END
Trace(n) // expect: 3
LOOP
	n++
	IF n = 5 THEN CONTINUE
DO WHILE n < 8
Trace(n) // expect: 8
k is int = 100
LOOP
	k++
DO WHILE k < 0
Trace(k) // expect: 101
