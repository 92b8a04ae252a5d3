// Encodage et hachage en français
Trace(Encode("Bonjour", encodeBASE64SansRC)) // expect: Qm9uam91cg==
Trace(Décode("Qm9uam91cg==", encodeBASE64SansRC)) // expect: Bonjour
Trace(BufferVersHexa(HashChaîne(HA_SHA_512, ""), SansRegroupement, SansLigne)) // expect: CF83E1357EEFB8BDF1542850D66D8007D620E4050B5715DC83F4A921D36CE9CE47D0D13C5D85F2B0FF8318D2877EEC2F63B931BD47417A81A538327AF927DA3E
Trace(HashVérifieChaîne(HA_MD5, "abc", HexaVersBuffer("900150983cd24fb0d6963f7d28e17f72"))) // expect: 1
Trace(sCalculeCrc32("")) // expect: 0
Trace(sCalculeCrc32("123456789")) // expect: 3421780262
Trace(Taille(DonneUUID()), Taille(DonneGUID(guidFormaté))) // expect: 36, 38
Trace(AnsiVersUnicode(UnicodeVersAnsi("Noël €"))) // expect: Noël €
Trace(URLDécode("caf%C3%A9+cr%C3%A8me")) // expect: café crème
Trace(HashChaîne(99, "x")) // expect error: HashChaîne: unknown hash algorithm 99
