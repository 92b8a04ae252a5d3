// Page d'aide « Buffer (Type de variable) » (?1514042, exemple de la page française :
// `S[[1]] = 1`) : la zone mémoire 01 00 que la page indique, montrée par BufferVersHexa ;
// puis la déclaration avec initialisation (`est un Buffer = [<Valeur hexa 1>, ...]`).
S est un Buffer
S[[1]] = 1
S[[2]] = 0
Trace(BufferVersHexa(S)) // expect: 01 00
Trace(Taille(S)) // expect: 2
MonBuffer est un Buffer = [0x57, 0x4C, 0x00, 0xFF]
Trace(BufferVersHexa(MonBuffer), Taille(MonBuffer)) // expect: 57 4C 00 FF, 4
Buf1, Buf2 sont des Buffers
Trace(Taille(Buf1), Taille(Buf2)) // expect: 0, 0
Buf1[[3]] = 7
Trace(BufferVersHexa(Buf1)) // expect: 00 00 07
