// fLitLigne sur des lignes de toutes longueurs et fins : une ligne plus longue que les
// 4 Ko que fLitLigne lit d'un coup, une dont le CR LF tombe à cheval sur cette limite,
// des fins CR LF, LF et CR seul, une ligne vide et une dernière ligne sans fin. Chacune
// revient entière et sans sa fin (fLitLigne lit la ligne habituelle, CR LF ou LF, en
// une fois ; toute autre ligne comme avant). Jumeau anglais freadline_long_lines_en.wl.
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_longues_" + Hasard(1, 999999999) + ".txt"
sLongue est une chaîne = Répète("0123456789", 1000)
sBord est une chaîne = Répète("x", 4095)
fSauveTexte(sFichier, "tête" + RC + sLongue + RC + sBord + RC + "lf" + Caract(10) + "cr" + Caract(13) + "" + RC + "mi" + Caract(13) + "lieu" + RC + "fin")
h est un entier = fOuvre(sFichier, foLecture)
Trace(fLitLigne(h)) // expect: tête
s est une chaîne = fLitLigne(h)
Trace(Taille(s), s = sLongue) // expect: 10000, 1
s = fLitLigne(h)
Trace(Taille(s), s = sBord) // expect: 4095, 1
Trace(fLitLigne(h), fLitLigne(h)) // expect: lf, cr
Trace(Taille(fLitLigne(h))) // expect: 0
Trace(fLitLigne(h), fLitLigne(h)) // expect: mi, lieu
Trace(fLitLigne(h)) // expect: fin
Trace(fLitLigne(h) = EOT) // expect: 1
fFerme(h)
// mille lignes CSV : leur total
sCSV est une chaîne
POUR i = 1 À 1000
	sCSV += "F" + i + ";" + i + RC
FIN
fSauveTexte(sFichier, sCSV)
h = fOuvre(sFichier, foLecture)
nTotal, nLignes sont des entiers
sLigne est une chaîne = fLitLigne(h)
TANTQUE sLigne <> EOT
	nLignes++
	nTotal += Val(ExtraitChaîne(sLigne, 2, ";"))
	sLigne = fLitLigne(h)
FIN
fFerme(h)
Trace(nLignes, nTotal) // expect: 1000, 500500
fSupprime(sFichier)
