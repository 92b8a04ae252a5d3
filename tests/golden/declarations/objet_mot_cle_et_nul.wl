// `o est un objet CClasse` est un objet de CClasse ; `o est une CClasse = NULL` le déclare
// sans en créer (toute casse, avec ou sans accents)
CFichier est une Classe
    Nom est une chaîne
FIN
source est un objet CFichier // expect: créé
source.Nom = "a.txt"
autre est un OBJET cfichier // expect: créé
Trace(source.Nom, autre.Nom = "") // expect: a.txt, 1
plusTard est un CFichier = NULL
Trace(plusTard = Null) // expect: 1
plusTard = source
Trace(plustard.nom) // expect: a.txt
aucun est un objet CFichier = null
Trace(aucun = NULL) // expect: 1

PROCÉDURE CFichier::Constructeur()
Trace("créé")
