// Trame série d'un terminal de pesée : STX + commande + ETX, contrôlée par un LRC (OU
// exclusif des octets) et un CRC-16/CCITT calculé à la main sur un Buffer, un hachage
// "à la Java" qui reboucle sur 32 bits, une somme sur un octet sans signe qui reboucle
// (une valeur entière rangée hors de sa plage reboucle : docs/semantics.md "Numbers out
// of range"). Code métier écrit comme un développeur WINDEV l'écrit (V, 6 déc. 2026).
bufTrame est un Buffer = Caract(2) + "PESE" + Caract(0) + Caract(255) + Caract(3)
Trace(Taille(bufTrame), BufferVersHexa(bufTrame)) // expect: 8, 02 50 45 53 45 00 FF 03
nLRC est un entier = LRC(bufTrame)
Trace(nLRC, NumériqueVersChaîne(nLRC, "02X")) // expect: 252, FC
bufTrame += Caract(nLRC)
Trace(Taille(bufTrame), Asc(bufTrame[[Taille(bufTrame)]])) // expect: 9, 252
// le contrôle à la réception : le LRC de la trame reçue, octet de contrôle compris
SI LRC(Gauche(bufTrame, 7) + Caract(3)) = Asc(Droite(bufTrame, 1)) ALORS Trace("LRC bon") // expect: LRC bon
bufRéférence est un Buffer = "123456789"
Trace(NumériqueVersChaîne(CRC16(bufRéférence), "04X")) // expect: 29B1
Trace(NumériqueVersChaîne(CRC16(HexaVersBuffer("DEADBEEF")), "04X")) // expect: 4097
Trace(HachageJava("hello"), HachageJava("Pesée n°42 : 1 250,5 kg")) // expect: 99162322, -1765271691
nSomme est un entier sans signe sur 1 octet
POUR i = 1 _A_ Taille(bufTrame)
	nSomme += Asc(bufTrame[[i]])
FIN
Trace(nSomme) // expect: 45
nCompteur est un entier = 0x7FFFFFFF
nCompteur++
Trace(nCompteur, nCompteur & 0xFF) // expect: -2147483648, 0

PROCÉDURE LRC(LOCAL bufDonnées est un Buffer) : entier
// OU exclusif des octets entre STX et ETX
nRes est un entier = 0
POUR i = 2 À Taille(bufDonnées) - 1
	nRes = OUExclusifBinaire(nRes, Asc(bufDonnées[[i]]))
FIN
RENVOYER nRes

PROCÉDURE CRC16(bufDonnées est un Buffer) : entier
nCrc est un entier = 0xFFFF
POUR i = 1 _À_ Taille(bufDonnées)
	nCrc = OUExclusifBinaire(nCrc, bitDécaleGauche(Asc(bufDonnées[[i]]), 8))
	BOUCLE (8)
		SI (nCrc & 0x8000) <> 0 ALORS
			nCrc = OUExclusifBinaire(bitDécaleGauche(nCrc, 1), 0x1021) & 0xFFFF
		SINON
			nCrc = bitDécaleGauche(nCrc, 1) & 0xFFFF
		FIN
	FIN
FIN
RENVOYER nCrc

PROCÉDURE HachageJava(s est une chaîne) : entier
nH est un entier = 0
POUR i = 1 À Taille(s)
	nH = 31 * nH + Asc(s[[i]])
FIN
RENVOYER nH
