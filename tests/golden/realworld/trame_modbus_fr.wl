// Trame d'un automate (protocole type Modbus RTU) : construction octet par octet dans un
// Buffer, CRC16 calculé à la main (polynôme 0xA001), vidage hexadécimal, puis lecture
// d'une réponse et contrôle de son CRC (BOUCLE (8), ETBinaire, OUExclusifBinaire,
// bitDécaleDroite/Gauche, Buffer découpé par [[ ]]). Méthode b, FS 6 déc. 2026 : passe
// tel qu'écrit (CRC vérifié contre un calcul indépendant). Jumeau anglais
// modbus_frame_en.wl.
bTrame est un Buffer
bTrame = Caract(0x11) + Caract(0x03) + Caract(0x00) + Caract(0x6B) + Caract(0x00) + Caract(0x03)
nCRC est un entier = CRC16Modbus(bTrame)
bTrame += Caract(ETBinaire(nCRC, 0xFF)) + Caract(bitDécaleDroite(nCRC, 8))
Trace(BufferVersHexa(bTrame)) // expect: 11 03 00 6B 00 03 76 87
Trace(Taille(bTrame), Asc(bTrame[[7]]), Asc(bTrame[[8]])) // expect: 8, 118, 135
// réponse : 11 03 06 AE41 5652 4340 49AD
bRéponse est un Buffer = HexaVersBuffer("110306AE415652434049AD")
nLu est un entier = Asc(bRéponse[[Taille(bRéponse) - 1]]) + bitDécaleGauche(Asc(bRéponse[[Taille(bRéponse)]]), 8)
Trace("CRC ok", nLu = CRC16Modbus(bRéponse[[1 À Taille(bRéponse) - 2]])) // expect: CRC ok, 1
nOctets est un entier = Asc(bRéponse[[3]])
POUR i = 0 À nOctets / 2 - 1
	nRegistre est un entier = bitDécaleGauche(Asc(bRéponse[[4 + 2 * i]]), 8) + Asc(bRéponse[[5 + 2 * i]])
	Trace("registre", 107 + i, nRegistre, NumériqueVersChaîne(nRegistre, "04X"))
FIN
// expect: registre, 107, 44609, AE41
// expect: registre, 108, 22098, 5652
// expect: registre, 109, 17216, 4340
// vidage comme dans un journal : 8 octets par ligne
sVidage est une chaîne
POUR nPos = 1 À Taille(bRéponse) PAS 8
	sVidage += [RC] + NumériqueVersChaîne(nPos - 1, "04X") + " : " + BufferVersHexa(bRéponse[[nPos SUR 8]], 1)
FIN
Trace(sVidage)
// expect: 0000 : 11 03 06 AE 41 56 52 43
// expect: 0008 : 40 49 AD

PROCÉDURE CRC16Modbus(b est un Buffer) : entier
nReste est un entier = 0xFFFF
POUR i = 1 À Taille(b)
	nReste = OUExclusifBinaire(nReste, Asc(b[[i]]))
	BOUCLE (8)
		SI ETBinaire(nReste, 1) = 1 ALORS
			nReste = OUExclusifBinaire(bitDécaleDroite(nReste, 1), 0xA001)
		SINON
			nReste = bitDécaleDroite(nReste, 1)
		FIN
	FIN
FIN
RENVOYER nReste
