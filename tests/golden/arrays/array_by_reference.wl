// an array passed to a procedure is changed in place
t is array of int
Fill(t, 3)
Trace(ArrayCount(t), t[3]) // expect: 3, 9

PROCEDURE Fill(arr, n)
FOR i = 1 TO n
	ArrayAdd(arr, i * i)
END
