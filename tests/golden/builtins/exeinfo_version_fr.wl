// ExeInfo(exeVersion) : exeVersion est le texte « VERSION », comme l'écrit le code généré
// par WINDEV Mobile (docs/builtins.md "Constant values") ; un script n'a pas de ressource
// de version : "".
Trace(EXEVERSION)                                 // expect: VERSION
Trace("[" + ExeInfo(exeVersion) + "]")            // expect: []
Trace(ExeInfo(exePID) = ExeDonnePID())            // expect: 1
