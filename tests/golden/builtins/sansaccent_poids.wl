// SansAccent, PoidsFaible/PoidsFort/ConstruitEntier, UTF8VersAnsi/UTF8VersUnicode (docs/builtins.md)
Trace(SansAccent("Élève à l'école, ça ôte"), SansAccent("œuvre")) // expect: Eleve a l'ecole, ca ote, œuvre
Trace(PoidsFaible(0x12345678) = 0x5678, PoidsFort(0x12345678) = 0x1234, PoidsFaible(-1), PoidsFort(-1)) // expect: 1, 1, 65535, 65535
Trace(ConstruitEntier(0x5678, 0x1234) = 0x12345678, ConstruitEntier(65535, 65535), ConstruitEntier(1, 0)) // expect: 1, -1, 1
u est un Buffer = ChaîneVersUTF8("été €")
Trace(UTF8VersUnicode(u), Taille(UTF8VersAnsi(u)), BufferVersHexa(UTF8VersAnsi(u), SansRegroupement, SansLigne)) // expect: été €, 5, E974E92080
Trace(UTF8VersAnsi(ChaîneVersUTF8("日本")), AnsiVersUnicode(UTF8VersAnsi(u))) // expect: ??, été €
