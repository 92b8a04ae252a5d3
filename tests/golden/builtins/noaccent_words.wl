// NoAccent, LoWord/HiWord/MakeInteger, UTF8ToAnsi/UTF8ToUnicode (docs/builtins.md)
Trace(NoAccent("Élève à l'école, ça ôte"), NoAccent("œuvre")) // expect: Eleve a l'ecole, ca ote, œuvre
Trace(LoWord(0x12345678) = 0x5678, HiWord(0x12345678) = 0x1234, LoWord(-1), HiWord(-1)) // expect: 1, 1, 65535, 65535
Trace(MakeInteger(0x5678, 0x1234) = 0x12345678, MakeInteger(65535, 65535), MakeInteger(1, 0)) // expect: 1, -1, 1
u is Buffer = StringToUTF8("été €")
Trace(UTF8ToUnicode(u), Length(UTF8ToAnsi(u)), BufferToHexa(UTF8ToAnsi(u), NoGrouping, NoLine)) // expect: été €, 5, E974E92080
Trace(UTF8ToAnsi(StringToUTF8("日本")), AnsiToUnicode(UTF8ToAnsi(u))) // expect: ??, été €
