// l'option de fRep est frFichier, frRépertoire ou les deux additionnées : tout autre bit
// est refusé (il cherchait fichiers et dossiers, sans rien dire) (docs/builtins.md "fDir")
sRacine est une chaîne = fRépertoireTemp() + fSéparateur() + "wl_frep_option_" + Hasard(1, 999999999)
fRepCrée(sRacine + "\d1")
fSauveTexte(sRacine + "\d1\a.txt", "texte")
Trace(fRep(sRacine + "\d1\*", 0))                        // expect: a.txt
Trace(fRep(sRacine + "\d1\*", frFichier + frRépertoire))  // expect: a.txt
QUAND EXCEPTION DANS
	Trace(fRep(sRacine + "\d1\*", 99))
FAIRE
	Trace(ExceptionInfo())  // expect: fRep: 99 is not an option (frFile, frDirectory, or both added together).
FIN
fRepSupprime(sRacine, frRécursif)
