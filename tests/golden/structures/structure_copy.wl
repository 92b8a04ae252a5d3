// assigning a structure copies it; adding it to an array copies it too
Box is Structure
	w is int
END
a is Box
a.w = 1
b is Box
b = a
b.w = 2
Trace(a.w, b.w) // expect: 1, 2
arr is array of Box
ArrayAdd(arr, a)
a.w = 9
Trace(arr[1].w) // expect: 1
