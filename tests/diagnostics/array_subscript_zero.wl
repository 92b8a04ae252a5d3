// An array's elements are numbered from 1: a subscript written 0 or below is out of
// range whatever the array holds, and the run stops there ("Index 0 is out of range").
// `wl check` said nothing (L, 5 Dec 2026 evening). An associative array's key, a text's
// character and a variant are not judged.
t is array of 3 int
Trace(t[0]) // error: WL110:7 the elements of the array 't' are numbered from 1: a subscript 0 or below is out of range
t[-1] = 2 // error: WL110:1 the elements of the array 't' are numbered from 1: a subscript 0 or below is out of range
m is array of 2 by 2 int
Trace(m[1, 0]) // error: WL110:7 the elements of the array 'm' are numbered from 1: a subscript 0 or below is out of range
ST is Structure
	arr is array of int
END
s is ST
Trace(s.arr[0]) // error: WL110:9 the elements of the array 's.arr' are numbered from 1: a subscript 0 or below is out of range
aa is associative array of int
aa[0] = 1
Trace(t[1], aa[0])
