// Page d'aide ExeInfo (?3035001) : ses deuxième et troisième exemples écrits en
// français, avec des Trace (le nom du programme, un répertoire non vide).
NomProg est une chaîne
// L'exécutable n'a pas été renommé
NomProg = fExtraitChemin(ExeInfo(exeNom), fFichier + fExtension)
Trace(NomProg) // expect: exeinfo_fr.wl
sRepExe est une chaîne
SI EnModeTest() = Vrai ALORS
// En mode test on renvoie le répertoire d'exécution
sRepExe = fRepEnCours()
SINON
sRepExe = ExeInfo(exeRépertoire)
FIN
Trace(sRepExe <> "") // expect: 1
