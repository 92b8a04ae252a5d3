// keywords are case-insensitive
x is int = 3
if x > 2 then
	Trace("lower") // expect: lower
END
If x > 2 Then
	Trace("mixed") // expect: mixed
eNd
FOR i = 1 to 2
	Trace(i) // expect: 1
	// expect: 2
end
