// fListeFichier avec un masque seul (`*.txt`, sans dossier) liste le dossier en cours et
// donne chaque fichier comme le masque a écrit son dossier : rien, donc le nom (`a.txt`),
// et un fichier d'un sous-dossier sous lui (`Sous/c.txt`) ; il donnait `./a.txt`
// (docs/builtins.md "A bare mask lists names", INFERRED)
sAncien est une chaîne = fRepEnCours()
sRep est une chaîne = fRepTemp() + "/wl_seul_" + Hasard(1, 999999999)
fRepCrée(sRep + "/Sous")
fSauveTexte(sRep + "/a.txt", "A")
fSauveTexte(sRep + "/B.TXT", "B")
fSauveTexte(sRep + "/Sous/c.txt", "C")
fSauveTexte(sRep + "/d.csv", "D")
fRepEnCours(sRep)
Trace(Remplace(fListeFichier("*.txt"), RC, " ")) // expect: a.txt B.TXT Sous/c.txt
Trace(Remplace(fListeFichier("*.TXT", frNonRécursif), RC, " ")) // expect: a.txt B.TXT
Trace(fListeRépertoire("*")) // expect: Sous
POUR TOUTE CHAÎNE sFichier DE fListeFichier("*.txt") SÉPARÉE PAR RC
	Trace(fChargeTexte(sFichier)) // expect: A
	// expect: B
	// expect: C
FIN
Trace(fListeFichier("*.txt", Vu)) // expect: [], a.txt
// expect: [], B.TXT
// expect: [Sous/], c.txt
// expect: 3
fRepEnCours(sAncien)
fRepSupprime(sRep, frRécursif)

PROCÉDURE Vu(sDossier, sNom)
Trace("[" + sDossier + "]", sNom)
RENVOYER Vrai
