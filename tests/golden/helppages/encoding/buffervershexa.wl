// Page d'aide BufferVersHexa (?1000019916) de doc.pcsoft.fr : ses exemples tels
// qu'écrits, sauf le premier, qui lit un fichier nommé dans un champ de fenêtre. La page
// affiche le premier résultat sur deux lignes de 15 et 8 octets, un "00" de moins que
// les 24 octets d'une chaîne Unicode de 12 caractères : les lignes ci-dessous ont 16 et
// 8 octets, comme le montrent ses autres résultats.
s est une chaîne UNICODE = "abdcefghijkl"
Trace(BufferVersHexa(s))
// affiche :
// 61 00 62 00 64 00 63 00 65 00 66 00 67 00 68
// 69 00 6A 00 6B 00 6C 00
// expect: 61 00 62 00 64 00 63 00 65 00 66 00 67 00 68 00
// expect: 69 00 6A 00 6B 00 6C 00
s2 est une chaîne UNICODE = "Plétopabo"
// Affiche 50 00 6C 00 E9 00 74 00 6F 00 70 00 61 00 62 00<\r><\n>6F 00
Trace(BufferVersHexa(s2, 1))
// expect: 50 00 6C 00 E9 00 74 00 6F 00 70 00 61 00 62 00
// expect: 6F 00
// Affiche 0050 006C 00E9 0074 006F 0070 0061 0062<\r><\n>006F
Trace(BufferVersHexa(s2, 2))
// expect: 0050 006C 00E9 0074 006F 0070 0061 0062
// expect: 006F
// Affiche 5000 6C00 E900 7400 6F00 7000 6100 6200<\r><\n>6F00
Trace(BufferVersHexa(s2, 2, BigEndian))
// expect: 5000 6C00 E900 7400 6F00 7000 6100 6200
// expect: 6F00
// Affiche 006C0050 007400E9 0070006F 00620061<\r><\n>6F 00
Trace(BufferVersHexa(s2, 4))
// expect: 006C0050 007400E9 0070006F 00620061
// expect: 6F 00
// Affiche 50006C00 E9007400 6F007000 61006200<\r><\n>6F 00
Trace(BufferVersHexa(s2, 4, BigEndian))
// expect: 50006C00 E9007400 6F007000 61006200
// expect: 6F 00
// La constante SansRegroupement de la syntaxe, et SansLigne : tout sur une ligne, collé
Trace(BufferVersHexa(s2, SansRegroupement, SansLigne))
// expect: 50006C00E90074006F007000610062006F00
