// sized integers at their limits (issue 8): an 8-byte integer wraps at 64 bits, not 32;
// an unsigned one wraps at 0 and at its maximum; any case of the type words
big IS AN INT ON 8 BYTES = 9223372036854775807
Trace(big + 1) // expect: 9223372036854775808
big++
Trace(big) // expect: -9223372036854775808
big--
Trace(big) // expect: 9223372036854775807
low is int on 8 bytes = -9223372036854775808
low = low - 1
Trace(low) // expect: 9223372036854775807
u8 is Unsigned Int On 8 Bytes = -1
Trace(u8) // expect: 18446744073709551615
u8++
Trace(u8) // expect: 0
b1 is int on 1 byte = 200
Trace(b1) // expect: -56
b2 is int on 2 bytes = -32769
Trace(b2) // expect: 32767
u4 is unsigned int on 4 bytes = 4294967296
Trace(u4) // expect: 0
empty is int on 8 bytes
empty = Null
Trace(empty) // expect: 0
