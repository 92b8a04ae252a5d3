// Compresse/Décompresse (format zlib documenté de wlinterp) et UUEncode/UUDécode
b est un Buffer = Compresse("Hello Hello Hello Hello")
Trace(Gauche(b, 4), Décompresse(b), ErreurDétectée) // expect: WLZ1, Hello Hello Hello Hello, 0
Trace(Décompresse(Compresse("été €")) = "été €", Taille(Décompresse(Compresse("")))) // expect: 1, 0
big est un Buffer = Comprime(Répète("abc", 1000))
Trace(Taille(big) < 100, Taille(Décompresse(big)), Décompresse(big) = Répète("abc", 1000)) // expect: 1, 3000, 1
bin est un Buffer = Caract(0) + Caract(255) + Caract(10)
Trace(Décomprime(Compresse(bin)) = bin, Taille(Décompresse(Compresse(bin)))) // expect: 1, 3
// foreign or damaged data is refused as a non-fatal error, never garbage
Trace("[" + Décompresse("not compressed") + "]", ErreurDétectée) // expect: [], 1
Trace(ErreurInfo()) // expect: Décompresse: the buffer was not made by Compress (unknown format; data compressed by WINDEV other than with compressGZIP cannot be read).
Trace("[" + Décompresse(Gauche(big, Taille(big) - 3)) + "]", ErreurDétectée) // expect: [], 1
Trace(ErreurInfo()) // expect: Décompresse: the compressed data is damaged or truncated.
Trace("[" + Décompresse(Gauche(big, 13) + "xxxx") + "]", ErreurDétectée) // expect: [], 1
Trace(ErreurInfo()) // expect: Décompresse: the compressed data is damaged.
g est un Buffer = Compresse("hello hello hello", compresseGZIP)
Trace(BufferVersHexa(Gauche(g, 3), SansRegroupement, SansLigne), Décompresse(g), Décompresse(Compresse("x", compresseAucun)), Décompresse(Compresse("yy", compresseChaîneCourte))) // expect: 1F8B08, hello hello hello, x, yy
Trace(Décompresse(HexaVersBuffer("1F8B0800000000000203CB48CDC9C9070086A6103605000000"))) // expect: hello
Trace("[" + Décompresse(HexaVersBuffer("1F8B0800000000000203CB48CDC9C9070086A6103606000000")) + "]", ErreurDétectée) // expect: [], 1
Trace(UUEncode("Cat"), UUDécode(UUEncode("Cat"))) // expect: #0V%T, Cat
long est une chaîne = Répète("0123456789", 10)
Trace(Taille(UUEncode(long)), UUDécode(UUEncode(long)) = long) // expect: 143, 1
Trace(UUDécode("begin 644 cat.txt" + RC + "#0V%T" + RC + "`" + RC + "end")) // expect: Cat
Trace("[" + UUDécode("!!!!!!!!!!!!!!!!") + "]", ErreurDétectée) // expect: [], 1
