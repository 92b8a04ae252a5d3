// Dans une méthode, écrire des caractères d'un membre GLOBAL nommé seul
// (`g_sCode[[1]] = "X"`) écrit le membre de la classe, comme pour un membre de l'objet :
// c'était une erreur interne, dans une méthode GLOBALE aussi.
CCode est une Classe
    GLOBAL g_sCode est une chaîne = "abcdef"
FIN
o est un CCode
// expect: XY__ef
o.Change()
CCode.Encore()
Trace(CCode.g_sCode) // expect: XY__ef!
PROCÉDURE CCode::Change()
    g_sCode[[1]] = "X"
    g_sCode[[2]] = "Y"
    g_sCode[[3 À 4]] = "__"
    Trace(g_sCode) // (affiché en premier : sa ligne expect est plus haut)
PROCÉDURE GLOBALE CCode::Encore()
    g_sCode[[6 À]] += "!"
