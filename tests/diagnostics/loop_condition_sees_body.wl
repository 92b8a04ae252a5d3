// a LOOP's DO WHILE condition is read after each pass of the body and sees the body's
// declarations, as the run does (it prints 2): no WL101 "used before its declaration"
// at the condition; a name declared nowhere still is
LOOP
	z is int = 2
DO WHILE z < 1
Trace(z) // the LOOP ran its first turn: z was given its value, no WL226
LOOP
	n is int = 3
	n--
DO WHILE n > 5 AND nMissing = 0 // error: WL101:20 'nMissing' is not declared
