// Reading one byte of a Buffer with [[i]] (decided 5 Dec 2026, docs/builtins.md "Files
// and folders", A Buffer's bytes by number): the Buffer page (?1514042) shows bytes
// written by number; its reading rule is not in the stored copy. `b[[i]]` read is
// the byte at i as one character (the character of that code), as [[ ]] gives a piece
// of a string, so the byte's value is Asc(b[[i]]), the form WINDEV code reading bytes
// uses.
b is Buffer = [0x57, 0xC9, 0x00, 0xFF]
Trace(Length(b[[2]]), b[[2]] = Charact(201)) // expect: 1, 1
Trace(b[[1]] = "W", Asc(b[[1]]), Asc(b[[2]]), Asc(b[[3]]), Asc(b[[4]])) // expect: 1, 87, 201, 0, 255
nSum is int
FOR i = 1 TO Length(b)
	nSum += Asc(b[[i]])
END
Trace(nSum) // expect: 543
// a byte read and written back by number
b[[3]] = Asc(b[[1]]) + 1
Trace(BufferToHexa(b)) // expect: 57 C9 58 FF
// past the end: an empty Buffer, whose Asc is 0
Trace(Length(b[[9]]), Asc(b[[9]])) // expect: 0, 0
