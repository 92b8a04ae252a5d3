// Coordonnées bancaires comme un module de paie ou de fournisseurs les contrôle : un
// IBAN débarrassé de ses espaces, sa longueur par pays contrôlée dans un tableau
// associatif, la clé modulo 97 calculée par morceaux (le nombre est trop long pour un
// entier), l'IBAN affiché par groupes de quatre.
taLongueur est un tableau associatif d'entiers
taLongueur["FR"] = 27
taLongueur["DE"] = 22
taLongueur["BE"] = 16
tabSaisies est un tableau de chaînes = ["FR76 3000 6000 0112 3456 7890 189", "de89 3704 0044 0532 0130 00", ...
	"BE68 5390 0754 7034", "FR76 3000 6000 0112 3456 7890 188", "XX12 3456", "DE89 3704 0044 0532 0130"]
POUR TOUT sSaisie DE tabSaisies
	sIBAN est une chaîne = Majuscule(Remplace(sSaisie, " ", ""))
	sErreur est une chaîne = ErreurIBAN(sIBAN)
	SI sErreur = "" ALORS
		Trace(ParGroupes(sIBAN) + " correct")
	SINON
		Trace(sSaisie + " : " + sErreur)
	FIN
FIN
// expect: FR76 3000 6000 0112 3456 7890 189 correct
// expect: DE89 3704 0044 0532 0130 00 correct
// expect: BE68 5390 0754 7034 correct
// expect: FR76 3000 6000 0112 3456 7890 188 : clé de contrôle erronée
// expect: XX12 3456 : pays XX inconnu
// expect: DE89 3704 0044 0532 0130 : 20 caractères, DE en a 22

PROCÉDURE ErreurIBAN(sIBAN est une chaîne) : chaîne
sPays est une chaîne = Gauche(sIBAN, 2)
SI PAS taLongueur[sPays]..Existe ALORS RENVOYER "pays " + sPays + " inconnu"
SI Taille(sIBAN) <> taLongueur[sPays] ALORS
	RENVOYER ChaîneConstruit("%1 caractères, %2 en a %3", Taille(sIBAN), sPays, taLongueur[sPays])
FIN
// Les quatre premiers caractères passent à la fin ; chaque lettre devient deux chiffres (A = 10)
sDéplacé est une chaîne = Milieu(sIBAN, 5) + Gauche(sIBAN, 4)
sChiffres est une chaîne
POUR i = 1 _À_ Taille(sDéplacé)
	c est une chaîne = sDéplacé[[i]]
	SI c >= "A" _ET_ c <= "Z" ALORS
		sChiffres += NumériqueVersChaîne(Asc(c) - Asc("A") + 10)
	SINON
		sChiffres += c
	FIN
FIN
// modulo 97 par morceaux de sept chiffres
nReste est un entier = 0
TANTQUE sChiffres <> ""
	nReste = Val(NumériqueVersChaîne(nReste) + Gauche(sChiffres, 7)) modulo 97
	sChiffres = Milieu(sChiffres, 8)
FIN
SI nReste <> 1 ALORS RENVOYER "clé de contrôle erronée"
RENVOYER ""

PROCÉDURE ParGroupes(s est une chaîne) : chaîne
sRésultat est une chaîne
POUR i = 1 _À_ Taille(s) PAS 4
	sRésultat += [" "] + Milieu(s, i, 4)
FIN
RENVOYER sRésultat
