// Help page "Buffer (Type of variable)" (?1514042): a `Buffer on <Size>` variable
// handles "a memory area whose size (in bytes) is defined during the compilation". The
// stored page stops before its section on operations on fixed buffers: what a longer or
// shorter value gives is our decision (docs/builtins.md "Buffer"): always N bytes, a
// longer value cut, a shorter one completed with binary zeros.
bufFixed is Buffer on 4
Trace(Length(bufFixed), BufferToHexa(bufFixed)) // expect: 4, 00 00 00 00
bufFixed = "ABCDEF"
Trace(bufFixed, Length(bufFixed))       // expect: ABCD, 4
bufFixed = "AB"
Trace(BufferToHexa(bufFixed))           // expect: 41 42 00 00
// a byte written past the size is dropped; read past it, nothing
bufFixed[[6]] = "Z"
Trace(Length(bufFixed), "[" + bufFixed[[6]] + "]") // expect: 4, []
bufFixed[[3]] = "C"
Trace(BufferToHexa(bufFixed))           // expect: 41 42 43 00
bufFixed += "xyz"
Trace(BufferToHexa(bufFixed))           // expect: 41 42 43 00
// a dynamic Buffer adapts its size to its content
bufDynamic is Buffer = "ABCDEF"
Trace(Length(bufDynamic))               // expect: 6
