// sized integers keep their true range: int on 8 bytes, unsigned int on N bytes
x is int on 8 bytes = 5000000000
Trace(x) // expect: 5000000000
x = x * 4
Trace(x) // expect: 20000000000
y is 8-byte int = 9223372036854775807
Trace(y) // expect: 9223372036854775807
u is unsigned int on 2 bytes = 70000
Trace(u) // expect: 4464
b is unsigned 1-byte int = -1
Trace(b) // expect: 255
s is 2-byte int = 40000
Trace(s) // expect: -25536
n is unsigned int = 4294967295
Trace(n) // expect: 4294967295
i is int = 5000000000
Trace(i) // expect: 705032704
