// Clé RIB et IBAN français à partir d'un RIB : les lettres du compte changées en
// chiffres (SELON sur des intervalles de lettres), la clé par modulo 97 sur un entier
// de 8 octets, le contrôle de l'IBAN par modulo 97 sur un nombre de 30 chiffres écrit
// dans une chaîne (par morceaux de 7 chiffres, comme on le code partout) et par un
// numérique de 38 chiffres.
sBanque est une chaîne = "30004"
sGuichet est une chaîne = "00823"
sCompte est une chaîne = "0001234567B"
sCompteChiffres est une chaîne = CompteEnChiffres(sCompte)
Trace(sCompteChiffres) // expect: 00012345672
nClé est un entier = CléRIB(sBanque, sGuichet, sCompteChiffres)
Trace(Complète(NumériqueVersChaîne(nClé), 2, "0"), NumériqueVersChaîne(nClé, "02d")) // expect: 37, 37
sBBAN est une chaîne = sBanque + sGuichet + sCompte + NumériqueVersChaîne(nClé, "02d")
sIBAN est une chaîne = IBANDepuisBBAN("FR", sBBAN)
Trace(sIBAN) // expect: FR9630004008230001234567B37
Trace(Modulo97(IBANNumérique(Milieu(sIBAN, 5) + Gauche(sIBAN, 4)))) // expect: 1
// la même chose avec un numérique (38 chiffres) : le texte lui-même y est rangé (le résultat
// de Val passerait par un réel, 15 chiffres : ?1514072)
nGrand est un numérique = IBANNumérique(Milieu(sIBAN, 5) + Gauche(sIBAN, 4))
Trace(Modulo(nGrand, 97), nGrand % 97) // expect: 1, 1

PROCÉDURE CompteEnChiffres(LOCAL sCompte est une chaîne) : chaîne
// A,J=1 B,K,S=2 C,L,T=3 D,M,U=4 E,N,V=5 F,O,W=6 G,P,X=7 H,Q,Y=8 I,R,Z=9
sRésultat est une chaîne
POUR i = 1 _A_ Taille(sCompte)
	c est une chaîne = Majuscule(sCompte[[i]])
	SI c DANS ("0","1","2","3","4","5","6","7","8","9") ALORS
		sRésultat += c
	SINON
		nPos est un entier = Asc(c) - Asc("A")
		SELON c
			CAS "A" A "I" : sRésultat += (nPos + 1)
			CAS "J" A "R" : sRésultat += (nPos - 8)
			AUTRE CAS : sRésultat += (nPos - 16)
		FIN
	FIN
FIN
RENVOYER sRésultat

PROCÉDURE CléRIB(sBanque, sGuichet, sCompte)
nReste est un entier sur 8 octets = (89 * Val(sBanque) + 15 * Val(sGuichet) + 3 * Val(sCompte)) modulo 97
RENVOYER 97 - nReste

PROCÉDURE IBANNumérique(LOCAL s est une chaîne)
sNum est une chaîne
POUR i = 1 _À_ Taille(s)
	c est un caractère = s[[i]]
	SI c >= "A" ET c <= "Z" ALORS
		sNum += Asc(c) - 55
	SINON
		sNum += c
	FIN
FIN
RENVOYER sNum

PROCÉDURE Modulo97(LOCAL sNombre est une chaîne) : entier
nReste est un entier = 0
TANTQUE sNombre <> ""
	sMorceau est une chaîne = NumériqueVersChaîne(nReste) + Gauche(sNombre, 7)
	sNombre = Milieu(sNombre, 8)
	nReste = Val(sMorceau) % 97
FIN
RENVOYER nReste

PROCÉDURE IBANDepuisBBAN(sPays, sBBAN)
nContrôle est un entier = 98 - Modulo97(IBANNumérique(sBBAN + sPays + "00"))
RENVOYER sPays + NumériqueVersChaîne(nContrôle, "02d") + sBBAN
