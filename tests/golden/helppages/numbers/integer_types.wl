// Help page "The different types of integers" (French page doc.pcsoft.fr ?1514049) with
// the English type names: its declaration examples and the range it gives for each
// size, assigned and traced.
i is int
i = 5
Trace(i)                        // expect: 5
// 1-byte integer: between -128 and 127 (included)
i1 is int on 1 byte
i1 = -128
Trace(i1)                       // expect: -128
i1 = 127
Trace(i1)                       // expect: 127
// 2-byte integer: between -32,768 and 32,767 (included)
i2 is int on 2 bytes
i2 = -32768
Trace(i2)                       // expect: -32768
i2 = 32767
Trace(i2)                       // expect: 32767
i4 is int on 4 bytes
i4 = 2147483647
Trace(i4)                       // expect: 2147483647
i8 is int on 8 bytes
i8 = 9223372036854775807
Trace(i8)                       // expect: 9223372036854775807
u1 is unsigned int on 1 byte
u1 = 255
Trace(u1)                       // expect: 255
u2 is unsigned int on 2 bytes
u2 = 65535
Trace(u2)                       // expect: 65535
u4 is unsigned int on 4 bytes
u4 = 4294967295
Trace(u4)                       // expect: 4294967295
