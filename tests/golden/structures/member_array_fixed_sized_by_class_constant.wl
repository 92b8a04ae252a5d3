// `array fixed of (::WSADESCRIPTION_LEN+1) 1-byte int` (a Winsock WSADATA member, as real
// code declares it): the dimension an expression of the class's own constant, `array
// fixed of` (the word after `array`) and an element type written `1-byte int`. It was a
// syntax error ("unexpected the number 1", then "unexpected '-'"); now an array of
// LEN+1 one-byte integers, as `fixed array of` already was.
// (docs/semantics.md "An array sized by a variable")
o is CWinsock
Trace(o.szDescription.Count, o.arrWide.Count)             // expect: 5, 3
o.szDescription[1] = 300
Trace(o.szDescription[1])                                 // expect: 44
t is array fixed of (NSIZE*2) 4-byte unsigned int
Trace(t.Count)                                            // expect: 6

CONSTANT
	NSIZE = 3
END

CWinsock is Class
	CONSTANT WSADESCRIPTION_LEN = 4
	szDescription is array fixed of (::WSADESCRIPTION_LEN+1) 1-byte int
	arrWide is fixed array of (::WSADESCRIPTION_LEN-1) 2-byte int
END
