// Compress/Uncompress (wlinterp's documented zlib format) and UUEncode/UUDecode
b is Buffer = Compress("Hello Hello Hello Hello")
Trace(Left(b, 4), Uncompress(b), ErrorOccurred) // expect: WLZ1, Hello Hello Hello Hello, 0
Trace(Uncompress(Compress("été €")) = "été €", Length(Uncompress(Compress("")))) // expect: 1, 0
big is Buffer = Compress(Repeat("abc", 1000))
Trace(Length(big) < 100, Length(Uncompress(big)), Uncompress(big) = Repeat("abc", 1000)) // expect: 1, 3000, 1
bin is Buffer = Charact(0) + Charact(255) + Charact(10)
Trace(Uncompress(Compress(bin)) = bin, Length(Uncompress(Compress(bin)))) // expect: 1, 3
// foreign or damaged data is refused as a non-fatal error, never garbage
Trace("[" + Uncompress("not compressed") + "]", ErrorOccurred) // expect: [], 1
Trace(ErrorInfo()) // expect: Uncompress: the buffer was not made by Compress (unknown format; data compressed by WINDEV other than with compressGZIP cannot be read).
Trace("[" + Uncompress(Left(big, Length(big) - 3)) + "]", ErrorOccurred) // expect: [], 1
Trace(ErrorInfo()) // expect: Uncompress: the compressed data is damaged or truncated.
Trace("[" + Uncompress(Left(big, 13) + "xxxx") + "]", ErrorOccurred) // expect: [], 1
Trace(ErrorInfo()) // expect: Uncompress: the compressed data is damaged.
g is Buffer = Compress("hello hello hello", compressGZIP)
Trace(BufferToHexa(Left(g, 3), NoGrouping, NoLine), Uncompress(g), Uncompress(Compress("x", compressNone)), Uncompress(Compress("yy", compressShortString))) // expect: 1F8B08, hello hello hello, x, yy
// a gzip buffer made by another tool (Python's gzip module): "hello"
Trace(Uncompress(HexaToBuffer("1F8B0800000000000203CB48CDC9C9070086A6103605000000"))) // expect: hello
Trace("[" + Uncompress(HexaToBuffer("1F8B0800000000000203CB48CDC9C9070086A6103606000000")) + "]", ErrorOccurred) // expect: [], 1
Trace(UUEncode("Cat"), UUDecode(UUEncode("Cat"))) // expect: #0V%T, Cat
long is string = Repeat("0123456789", 10)
Trace(Length(UUEncode(long)), UUDecode(UUEncode(long)) = long) // expect: 143, 1
Trace(UUDecode("begin 644 cat.txt" + CR + "#0V%T" + CR + "`" + CR + "end")) // expect: Cat
Trace("[" + UUDecode("!!!!!!!!!!!!!!!!") + "]", ErrorOccurred) // expect: [], 1
