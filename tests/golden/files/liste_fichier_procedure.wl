// fListeFichier / fListeRépertoire avec une procédure appelée pour chaque élément (la
// procédure ou son nom en chaîne, un paramètre, Faux arrête le parcours)
dir est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_listcb_" + Hasard(1, 999999999)
fRepCrée(dir + "/sub")
fSauveTexte(dir + "/a.txt", "1")
fSauveTexte(dir + "/b.txt", "2")
fSauveTexte(dir + "/c.log", "3")
fSauveTexte(dir + "/sub/d.txt", "4")
gsSeen est une chaîne
Trace(fListeFichier(dir + "/*.txt", Collect, "p", frNonRécursif)) // expect: 2
Trace(gsSeen) // expect: a.txt/p/1;b.txt/p/0
gsSeen = ""
Trace(fListeFichier(dir + "/*.txt", "Collect", "q", frRécursif), gsSeen) // expect: 3, a.txt/q/1;b.txt/q/0;d.txt/q/1
Trace(fListeFichier(dir + "/*", StopAfterB)) // expect: 2
Trace(fListeRépertoire(dir, Collect, "r"), gsSeen) // expect: 1, a.txt/q/1;b.txt/q/0;d.txt/q/1;sub/r/1
// sans option le parcours est récursif (frRécursif par défaut : docs/builtins.md)
Trace(fListeFichier(dir + "/*.txt", OnlyFolder)) // expect: 3
fRepSupprime(dir, frRécursif)
Trace(fListeFichier(dir + "/*.txt", Collect), ErreurDétectée) // expect: , 1
Trace(fListeFichier("*.txt", "NoSuchProcedure")) // expect error: fListeFichier: there is no procedure named 'NoSuchProcedure'.

PROCÉDURE Collect(sFolder, sName, bChanged, sParam)
SI Droite(sFolder, 1) <> fSéparateur() ALORS Trace("no final separator")
gsSeen += [";"] + sName + "/" + sParam + "/" + bChanged

PROCÉDURE StopAfterB(sFolder, sName)
RENVOYER sName <> "b.txt"

PROCÉDURE OnlyFolder(sFolder)
SI PAS fRépertoireExiste(sFolder) ALORS Trace("missing")
