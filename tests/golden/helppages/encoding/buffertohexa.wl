// Help page BufferToHexa (?1000019916): its examples as written, but the first, which
// reads a file named in a window control. The page prints the first result over two
// lines of 15 and 8 bytes, one "00" short of the 24 bytes of a 12-character Unicode
// string: the lines below are 16 bytes and 8 bytes, as its other results show.
s is UNICODE string = "abdcefghijkl"
Trace(BufferToHexa(s))
// display:
// 61 00 62 00 64 00 63 00 65 00 66 00 67 00 68
// 69 00 6A 00 6B 00 6C 00
// expect: 61 00 62 00 64 00 63 00 65 00 66 00 67 00 68 00
// expect: 69 00 6A 00 6B 00 6C 00
s2 is UNICODE string = "Plétopabo"
// Displays 50 00 6C 00 E9 00 74 00 6F 00 70 00 61 00 62 00<\r><\n>6F 00
Trace(BufferToHexa(s2, 1))
// expect: 50 00 6C 00 E9 00 74 00 6F 00 70 00 61 00 62 00
// expect: 6F 00
// Displays 0050 006C 00E9 0074 006F 0070 0061 0062<\r><\n>006F
Trace(BufferToHexa(s2, 2))
// expect: 0050 006C 00E9 0074 006F 0070 0061 0062
// expect: 006F
// Displays 5000 6C00 E900 7400 6F00 7000 6100 6200<\r><\n>6F00
Trace(BufferToHexa(s2, 2, BigEndian))
// expect: 5000 6C00 E900 7400 6F00 7000 6100 6200
// expect: 6F00
// Displays 006C0050 007400E9 0070006F 00620061<\r><\n>6F 00
Trace(BufferToHexa(s2, 4))
// expect: 006C0050 007400E9 0070006F 00620061
// expect: 6F 00
// Displays 50006C00 E9007400 6F007000 61006200<\r><\n>6F 00
Trace(BufferToHexa(s2, 4, BigEndian))
// expect: 50006C00 E9007400 6F007000 61006200
// expect: 6F 00
