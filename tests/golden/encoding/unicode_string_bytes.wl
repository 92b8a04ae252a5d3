// A UNICODE string variable's bytes are UTF-16 little-endian (help ?1000019916) for the
// functions that read bytes; text operations see the same text as an ANSI string.
u is UNICODE string = "Aé"
a is string = "Aé"
Trace(BufferToHexa(u), BufferToHexa(a))   // expect: 41 00 E9 00, 41 E9
Trace(u = a, Length(u), Upper(u))   // expect: 1, 2, AÉ
Trace(Encode(u, encodeBASE64))   // expect: QQDpAA==
c est une chaîne UNICODE
c = "B"
Trace(BufferVersHexa(c + ""), BufferVersHexa(c))   // expect: 42, 42 00
u += "b"
Trace(BufferToHexa(u), u.Length, u + "!")   // expect: 41 00 E9 00 62 00, 3, Aéb!
