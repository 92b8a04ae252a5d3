// Help page "Buffer (Type of variable)" (?1514042): its "Why use the Buffer type?"
// example as written, the memory area the page states (01 00) shown with BufferToHexa;
// then its syntax "Declaring and initializing a Buffer variable" (`is Buffer = [<Hex
// value 1>, ...]`) and "Declaring a Buffer variable" (several at once, empty by
// default). Before: `S[[1]] = 1` wrote the character "1" (31 30), and the array of hex
// values stopped the run ("A value of type array cannot be converted to a string.").
S is Buffer
S[[1]] = 1
S[[2]] = 0
Trace(BufferToHexa(S)) // expect: 01 00
Trace(Length(S)) // expect: 2
// declared and initialized with hex values
MyBuffer is Buffer = [0x57, 0x4C, 0x00, 0xFF]
Trace(BufferToHexa(MyBuffer), Length(MyBuffer)) // expect: 57 4C 00 FF, 4
// several at once, empty by default
Buf1, Buf2 are Buffers
Trace(Length(Buf1), Length(Buf2)) // expect: 0, 0
// a byte written past the end: the gap is binary zeros; a text is its bytes
Buf1[[3]] = 7
Trace(BufferToHexa(Buf1)) // expect: 00 00 07
Buf1[[1]] = "A"
Trace(BufferToHexa(Buf1)) // expect: 41 00 07
// a string variable keeps writing text, as before
sText is string
sText[[1]] = 1
Trace(sText) // expect: 1
