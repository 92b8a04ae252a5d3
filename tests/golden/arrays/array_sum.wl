// a user procedure summing an array with FOR and ..Occurrence
Trace(Sum([3, 4, 5])) // expect: 12
t is array of real = [0.5, 0.25]
Trace(Sum(t)) // expect: 0.75

PROCEDURE Sum(arr)
s is real
FOR i = 1 TO arr..Occurrence
	s += arr[i]
END
RETURN s
