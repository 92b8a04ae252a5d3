// fListeFichier avec un masque seul (`*.txt`, sans dossier) liste le dossier en cours et
// donne chaque fichier comme le masque a écrit son dossier : rien, donc le nom (`a.txt`),
// et un fichier d'un sous-dossier sous lui avec `\` comme tout nom que donnent les
// fonctions de fichiers (`Sous\c.txt`, il donnait `Sous/c.txt`) ; il donnait `./a.txt`
// (docs/builtins.md "A bare mask lists names", INFERRED)
sAncien est une chaîne = fRepEnCours()
sRep est une chaîne = fRepTemp() + "/wl_seul_" + Hasard(1, 999999999)
fRepCrée(sRep + "/Sous/Fond")
fSauveTexte(sRep + "/a.txt", "A")
fSauveTexte(sRep + "/B.TXT", "B")
fSauveTexte(sRep + "/Sous/c.txt", "C")
fSauveTexte(sRep + "/d.csv", "D")
fSauveTexte(sRep + "/Sous/Fond/e.txt", "E")
fRepEnCours(sRep)
Trace(Remplace(fListeFichier("*.txt"), RC, " ")) // expect: a.txt B.TXT Sous\c.txt Sous\Fond\e.txt
Trace(Remplace(fListeFichier("*.TXT", frNonRécursif), RC, " ")) // expect: a.txt B.TXT
Trace(Remplace(fListeRépertoire("*"), RC, " ")) // expect: Sous Sous\Fond
POUR TOUTE CHAÎNE sFichier DE fListeFichier("*.txt") SÉPARÉE PAR RC
	Trace(fChargeTexte(sFichier)) // expect: A
	// expect: B
	// expect: C
	// expect: E
FIN
Trace(fListeFichier("*.txt", Vu)) // expect: [], a.txt
// expect: [], B.TXT
// expect: [Sous\], c.txt
// expect: [Sous\Fond\], e.txt
// expect: 4
fRepEnCours(sAncien)
fRepSupprime(sRep, frRécursif)

PROCÉDURE Vu(sDossier, sNom)
Trace("[" + sDossier + "]", sNom)
RENVOYER Vrai
