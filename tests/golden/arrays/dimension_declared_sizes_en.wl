// Dimension(x) of a variable of a sized type: the size its declaration gives, whatever
// it holds (docs/builtins.md "Dimension"; runtime/declared_sizes.py). An `int on 8
// bytes` gave 4 (its value is an integer like any other), a currency 8, a `string on
// 10` the length of what it held (0 when empty). Currency 10 bytes VERIFIED ?1514043;
// numeric 16 UNVERIFIED; the others INFERRED. French twin dimension_tailles_declarees_fr.wl.
n1 is int on 1 byte
n2 is int on 2 bytes
n4 is int on 4 bytes
n8 is int on 8 bytes
Trace(Dimension(n1), Dimension(n2), Dimension(n4), Dimension(n8)) // expect: 1, 2, 4, 8
u1 is unsigned int on 1 byte
u2 is unsigned int on 2 bytes
u4 is unsigned int on 4 bytes
u8 is unsigned int on 8 bytes
Trace(Dimension(u1), Dimension(u2), Dimension(u4), Dimension(u8)) // expect: 1, 2, 4, 8
r4 is real on 4 bytes
r8 is real on 8 bytes
mPrice is currency
nmTotal is numeric
bPaid is boolean
cSide is character
Trace(Dimension(r4), Dimension(r8), Dimension(mPrice), Dimension(nmTotal)) // expect: 4, 8, 10, 16
Trace(Dimension(bPaid), Dimension(cSide)) // expect: 1, 1
sCode is string on 10
sPadded is fixed string on 10
sZ is ASCIIZ string on 10
bufKey is Buffer on 12
sCode = "AB"
Trace(Dimension(sCode), Dimension(sPadded), Dimension(sZ), Dimension(bufKey)) // expect: 10, 10, 10, 12
sFree is string = "AB"
Trace(Dimension(sFree)) // expect: 2
STLine is Structure
	nId is int on 8 bytes
	mAmount is currency
	sCode is string on 10
	nQty is unsigned int on 2 bytes
	rRate is real on 4 bytes
	bOk is boolean
	cSide is character
END
stL is STLine
Trace(Dimension(stL), Dimension(stL.nId), Dimension(stL.mAmount)) // expect: 36, 8, 10
Trace(Size(2)) // expect: 2
PROCEDURE Size(LOCAL nSmall is int on 2 bytes)
RESULT Dimension(nSmall)
