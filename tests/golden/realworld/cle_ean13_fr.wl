// Chiffre de contrôle d'un code EAN-13 : poids 1 et 3 alternés, (10 - somme modulo 10)
// modulo 10 ; un code de 12 chiffres reçoit sa clé, un de 13 est vérifié, les autres
// refusés (SELON sur Taille, EstNumérique, sCode[[i]], une procédure : chaîne qui
// renvoie un nombre).
tabCodes est un tableau de chaînes = ["400638133393", "3017620422003", "761234567890", "978020137962", "12345", "40063813339A"]
POUR TOUT sCode DE tabCodes
	SELON Taille(sCode)
		CAS 12
			Trace(sCode, CléEAN13(sCode), sCode + CléEAN13(sCode))
		CAS 13
			SI EAN13Valide(sCode) ALORS
				Trace(sCode, "valide")
			SINON
				Trace(sCode, "invalide")
			FIN
		AUTRE CAS
			Trace(sCode, "longueur incorrecte")
	FIN
FIN
// expect: 400638133393, 1, 4006381333931
// expect: 3017620422003, valide
// expect: 761234567890, 0, 7612345678900
// expect: 978020137962, 4, 9780201379624
// expect: 12345, longueur incorrecte
// expect: 40063813339A, ?, 40063813339A?

PROCEDURE CléEAN13(LOCAL sCode est une chaîne) : chaîne
SI PAS EstNumérique(sCode) ALORS RENVOYER "?"
nSomme est un entier
POUR i = 1 A 12
	nChiffre est un entier = Val(sCode[[i]])
	SI i modulo 2 = 0 ALORS
		nSomme += nChiffre * 3
	SINON
		nSomme += nChiffre
	FIN
FIN
RENVOYER (10 - nSomme % 10) % 10

PROCEDURE EAN13Valide(sCode est une chaîne) : booléen
RENVOYER CléEAN13(Gauche(sCode, 12)) = Droite(sCode, 1)
