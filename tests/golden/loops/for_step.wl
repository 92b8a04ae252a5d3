// FOR ... STEP s, positive and negative
FOR i = 0 TO 10 STEP 5
	Trace(i)
END
// expect: 0
// expect: 5
// expect: 10
FOR i = 10 TO 1 STEP -3
	Trace(i)
END
// expect: 10
// expect: 7
// expect: 4
// expect: 1
