// fListeFichier et fListeRépertoire donnent les entrées d'un dossier par nom sans tenir
// compte de la casse, comme Windows range un dossier (NTFS compare les noms en
// majuscules), puis exactement pour les noms qui ne diffèrent que par la casse : "a.txt"
// avant "B.TXT" avant "c.txt". Triés par code de caractère, les noms en majuscules
// venaient d'abord (*décidé*, docs/builtins.md "fListFile's order").
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_ordreliste_" + Hasard(1, 999999999)
fRepCrée(sRep + "\Zêta")
fRepCrée(sRep + "\alpha")
fSauveTexte(sRep + "\c.txt", "c")
fSauveTexte(sRep + "\B.TXT", "b")
fSauveTexte(sRep + "\a.txt", "a")
fSauveTexte(sRep + "\alpha\x.txt", "x")
fSauveTexte(sRep + "\Zêta\y.txt", "y")
POUR TOUTE CHAÎNE sFic DE fListeFichier(sRep + "\*.txt", frRécursif) SÉPARÉE PAR RC
	Trace(Remplace(sFic, sRep, "<rep>"))
FIN
// expect: <rep>\a.txt
// expect: <rep>\B.TXT
// expect: <rep>\c.txt
// expect: <rep>\alpha\x.txt
// expect: <rep>\Zêta\y.txt
Trace(Remplace(Remplace(fListeRépertoire(sRep + "\*.*", frNonRécursif), sRep, "<rep>"), RC, " ")) // expect: <rep>\alpha <rep>\Zêta
fRepSupprime(sRep, frRécursif)
