// TypeVar and ..Type of a variable, member, element or parameter declared a sized integer
// give its size's constant (wlInt_1, wlInt_2, wlInt_8, wlUnsignedInt_1..8; wlInt_4 is
// wlInt); a value not declared so (a variant, a literal) is wlInt. The names follow the
// pattern of wlReal_4/wlReal_8; their values are wlinterp's (UNVERIFIED: the TypeVar page
// is not stored; docs/builtins.md "TypeVar")
n1 is int on 1 byte
n2 is 2-byte int
n4 is int
n8 is int on 8 bytes
u1 is unsigned int on 1 byte
u2 is unsigned 2-byte int
u4 is unsigned int
u8 is unsigned int on 8 bytes
s is system int
Trace(TypeVar(n1) = wlInt_1, TypeVar(n2) = wlInt_2, TypeVar(n4) = wlInt_4) // expect: 1, 1, 1
Trace(TypeVar(n8) = wlInt_8, n8..Type = wlInt_8, TypeVar(n4) = wlInt) // expect: 1, 1, 1
Trace(TypeVar(u1) = wlUnsignedInt_1, TypeVar(u2) = wlUnsignedInt_2) // expect: 1, 1
Trace(TypeVar(u4) = wlUnsignedInt_4, TypeVar(u8) = wlUnsignedInt_8) // expect: 1, 1
Trace(TypeVar(s) = wlInt_8, TypeVar(n8) = wlInt, TypeVar(n8 + 1) = wlInt) // expect: 1, 0, 1
v is variant = n8
Trace(TypeVar(v) = wlInt) // expect: 1
Counter is Structure
    nHits is int on 8 bytes
END
c is Counter
t is array of 3 unsigned int on 2 bytes
Trace(TypeVar(c.nHits) = wlInt_8, TypeVar(t[1]) = wlUnsignedInt_2) // expect: 1, 1
Show(n2) // expect: 1
Trace(wlInt_1, wlInt_2, wlInt_4, wlInt_8) // expect: 6, 7, 8, 9
Trace(wlUnsignedInt_1, wlUnsignedInt_2, wlUnsignedInt_4, wlUnsignedInt_8) // expect: 2, 3, 4, 5

PROCEDURE Show(p is 2-byte int)
Trace(TypeVar(p) = wlInt_2)
