// Lecture de l'en-tête d'un fichier BMP dans un Buffer : la signature par un morceau
// b[[1 A 2]], des entiers little-endian lus octet par octet (Asc d'un octet du Buffer),
// des octets écrits par Caract dans un Buffer (0x80 reste l'octet 0x80), les opérateurs
// binaires (ETBinaire, OUBinaire, bitDécaleGauche, &).
bufEntete est un Buffer = HexaVersBuffer("424D" + "36840300" + "00000000" + "36000000" + "28000000" + "80020000" + "E0010000" + "0100" + "1800")
Trace(Taille(bufEntete)) // expect: 30
SI bufEntete[[1 A 2]] = "BM" ALORS Trace("bitmap") // expect: bitmap
nTaille est un entier = EntierLittleEndian(bufEntete, 3, 4)
nLargeur est un entier = EntierLittleEndian(bufEntete, 19, 4)
nHauteur est un entier = EntierLittleEndian(bufEntete, 23, 4)
nBits est un entier = EntierLittleEndian(bufEntete, 29, 2)
Trace(nTaille, nLargeur, nHauteur, nBits) // expect: 230454, 640, 480, 24
Trace(BufferVersHexa(bufEntete[[19 A 22]])) // expect: 80 02 00 00
// écrire un entier sur 4 octets
bufSortie est un Buffer
bufSortie = OctetsLittleEndian(640, 4) + OctetsLittleEndian(480, 4)
Trace(BufferVersHexa(bufSortie), Taille(bufSortie)) // expect: 80 02 00 00 E0 01 00 00, 8
Trace(bufSortie[[1]] = Caract(128), Asc(bufSortie[[1]]), Asc(bufSortie[[2]])) // expect: 1, 128, 2
Trace(ETBinaire(0xFF00, 0x0F0F), OUBinaire(1, 4), bitDécaleGauche(1, 10), 0x80 & 0xF0, 1 bitDécaleGauche 4) // expect: 3840, 5, 1024, 128, 16

PROCÉDURE EntierLittleEndian(b est un Buffer, nDébut, nOctets)
nRésultat est un entier sur 8 octets
POUR i = nOctets _A_ 1 PAS -1
	nRésultat = nRésultat * 256 + Asc(b[[nDébut + i - 1]])
FIN
RENVOYER nRésultat

PROCÉDURE OctetsLittleEndian(nValeur est un entier sur 8 octets, nOctets)
bRésultat est un Buffer
POUR i = 1 _A_ nOctets
	bRésultat += Caract(nValeur modulo 256)
	nValeur = PartieEntière(nValeur / 256)
FIN
RENVOYER bRésultat
