// fListeFichier(masque, tableau) et fListeRépertoire(masque, tableau) mettent les chemins
// trouvés dans le tableau (ce qu'il contenait est remplacé) et renvoient leur nombre ; un
// dossier qui n'existe pas laisse le tableau vide, 0 et ErreurDétectée. C'était l'erreur
// "a procedure was expected, not a value of type array" (INFERRED, docs/builtins.md
// "fListFile into an array").
sRep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_listetableau_" + Hasard(1, 999999999)
fRepCrée(sRep + "\sous")
fSauveTexte(sRep + "\b.txt", "b")
fSauveTexte(sRep + "\a.txt", "a")
fSauveTexte(sRep + "\sous\c.txt", "c")
tabFichiers est un tableau de chaînes = ["gardé ?"]
Trace(fListeFichier(sRep + "\*.txt", tabFichiers), TableauOccurrence(tabFichiers)) // expect: 3, 3
POUR TOUT sFichier DE tabFichiers
	Trace(Remplace(sFichier, sRep, "<rep>"))
FIN
// expect: <rep>\a.txt
// expect: <rep>\b.txt
// expect: <rep>\sous\c.txt
Trace(fListeFichier(sRep + "\*.txt", tabFichiers, frNonRécursif), TableauOccurrence(tabFichiers)) // expect: 2, 2
tabReps est un tableau de chaînes
Trace(fListeRépertoire(sRep + "\*.*", tabReps), Remplace(tabReps[1], sRep, "<rep>")) // expect: 1, <rep>\sous
Trace(fListeFichier(sRep + "\absent\*.txt", tabFichiers), ErreurDétectée, TableauOccurrence(tabFichiers)) // expect: 0, 1, 0
fRepSupprime(sRep, frRécursif)
