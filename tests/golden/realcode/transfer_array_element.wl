// Transfer from or to `&t[k]`, an element of a fixed array: the array's memory from that
// element on, its elements lying one after the other (PC SOFT's network frames example
// reads a packet's IP addresses so: `Transfer(&:_nIPSource, &:_nPacket[13], 4)`); it
// stopped the run ("&t[...] holds 1"): only the element's own byte was copied from
ST_Header is Structure
	nLength is 2-byte unsigned int
	tFlags is array fixed of 4 1-byte unsigned int
END
tPacket is array fixed of 8 1-byte unsigned int
FOR i = 1 _TO_ 8
	tPacket[i] = i * 16
END
nSource is 4-byte unsigned int
Transfer(&nSource, &tPacket[5], 4)
Trace(NumToString(nSource, "08X")) // expect: 80706050
nPort is 2-byte unsigned int = 0xBEEF
Transfer(&tPacket[2], &nPort, 2)
Trace(tPacket[1], tPacket[2], tPacket[3], tPacket[4]) // expect: 16, 239, 190, 64
stHeader is ST_Header
stHeader.tFlags[1] = 1
Transfer(&stHeader.tFlags[2], &nPort, 2)
Trace(stHeader.tFlags[1], stHeader.tFlags[2], stHeader.tFlags[3], stHeader.tFlags[4]) // expect: 1, 239, 190, 0
// the index read as t[k] reads it: a real or a currency (it stopped, "&t[...] is not an
// element of the array (8 elements)", where t[k] gave the element)
rAt is real = 3
curAt is currency = 3.9
nShort is 2-byte unsigned int
Transfer(&nShort, &tPacket[rAt], 2)
Trace(tPacket[rAt], nShort) // expect: 190, 16574
nShort = 0
Transfer(&nShort, &tPacket[curAt], 2)
Trace(tPacket[curAt], nShort) // expect: 190, 16574
Trace(IPv4(tPacket, 5)) // expect: 80.96.112.128
// expect error: Transfer: 4 bytes asked, &tPacket[...] holds 3: the copy would read memory that is not the variable's.
Transfer(&nSource, &tPacket[6], 4)

PROCEDURE IPv4(t is array of 1-byte unsigned int, nFirst is int) : string
n is 4-byte unsigned int
tCopy is array fixed of 4 1-byte unsigned int
FOR i = 1 _TO_ 4
	tCopy[i] = t[nFirst + i - 1]
END
Transfer(&n, &tCopy[1], 4)
RESULT StringBuild("%1.%2.%3.%4", BinaryAND(n, 0xFF), BinaryAND(bitRightShift(n, 8), 0xFF), ...
	BinaryAND(bitRightShift(n, 16), 0xFF), bitRightShift(n, 24))
