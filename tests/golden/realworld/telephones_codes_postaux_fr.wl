// Normalisation des téléphones et codes postaux saisis n'importe comment.
tabSaisies est un tableau de chaînes = ["01 23 45 67 89", "01.23.45.67.89", "+33 1 23 45 67 89", "0033123456789", "1 23 45 67 89", "06-12-34-56-78", " 0612345678 ", "12345"]
POUR TOUT sTel DE tabSaisies
	sNorm est une chaîne = NormaliseTéléphone(sTel)
	SI sNorm = "" ALORS
		Trace("[" + sTel + "] invalide")
	SINON
		Trace("[" + sTel + "] -> " + sNorm + " / " + FormateTéléphone(sNorm) + " / " + TéléphoneInternational(sNorm))
	FIN
FIN
tabCP est un tableau de chaînes = ["75001", "6000", " 13 008", "2A004", "ABCDE", "1000"]
POUR TOUT sCP DE tabCP
	Trace("[" + sCP + "] -> [" + NormaliseCodePostal(sCP) + "] dép. " + Département(NormaliseCodePostal(sCP)))
FIN
sAdresse est une chaîne = "  12,  rue   des   Lilas  "
Trace("[" + SansEspace(sAdresse) + "]", "[" + SansEspace(sAdresse, sscIntérieur) + "]")
Trace("[" + Complète("42", 6, "0") + "]", "[" + Droite("000000" + "42", 6) + "]", "[" + NumériqueVersChaîne(42, "06d") + "]")
// expect: [01 23 45 67 89] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [01.23.45.67.89] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [+33 1 23 45 67 89] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [0033123456789] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [1 23 45 67 89] -> 0123456789 / 01 23 45 67 89 / +33123456789
// expect: [06-12-34-56-78] -> 0612345678 / 06 12 34 56 78 / +33612345678
// expect: [ 0612345678 ] -> 0612345678 / 06 12 34 56 78 / +33612345678
// expect: [12345] invalide
// expect: [75001] -> [75001] dép. 75
// expect: [6000] -> [06000] dép. 06
// expect: [ 13 008] -> [13008] dép. 13
// expect: [2A004] -> [2A004] dép. 2A
// expect: [ABCDE] -> [ABCDE] dép. ?
// expect: [1000] -> [01000] dép. 01
// expect: [12,  rue   des   Lilas], [  12,ruedesLilas  ]
// expect: [420000], [000042], [000042]

PROCÉDURE NormaliseTéléphone(LOCAL sTel est une chaîne) : chaîne
sTel = SansEspace(sTel)
POUR TOUT CHAÎNE sCar DE " ,.,-,/,(,)" SÉPARÉE PAR ","
	sTel = Remplace(sTel, sCar, "")
FIN
SI Gauche(sTel, 3) = "+33" ALORS sTel = "0" + Milieu(sTel, 4)
SI Gauche(sTel, 4) = "0033" ALORS sTel = "0" + Milieu(sTel, 5)
SI Taille(sTel) = 9 ET Gauche(sTel, 1) <> "0" ALORS sTel = "0" + sTel
SI Taille(sTel) <> 10 OU PAS EstNumérique(sTel) ALORS RENVOYER ""
RENVOYER sTel

PROCÉDURE FormateTéléphone(sTel est une chaîne) : chaîne
sRés est une chaîne
POUR i = 1 _À_ 9 PAS 2
	sRés += [" "] + Milieu(sTel, i, 2)
FIN
RENVOYER sRés

PROCÉDURE TéléphoneInternational(sTel)
RENVOYER "+33" + Milieu(sTel, 2)

PROCÉDURE NormaliseCodePostal(LOCAL sCP est une chaîne) : chaîne
sCP = Remplace(SansEspace(sCP, sscIntérieur), " ", "")
SI Taille(sCP) < 5 ET EstNumérique(sCP) ALORS sCP = Inverse(Complète(Inverse(sCP), 5, "0"))
RENVOYER Majuscule(sCP)

PROCÉDURE Département(sCP est une chaîne) : chaîne
SI Gauche(sCP, 2) DANS ("2A", "2B") ALORS RENVOYER Gauche(sCP, 2)
SI PAS EstNumérique(sCP) OU Taille(sCP) <> 5 ALORS RENVOYER "?"
SI Gauche(sCP, 2) >= "97" ALORS RENVOYER Gauche(sCP, 3)
RENVOYER Gauche(sCP, 2)
