// Éléments d'une classe : énumérer et manipuler par programmation ?6010015 (lu en
// anglais ; jumeau français écrit d'après lui) : « récupérer le nom d'une méthode pour
// l'appeler avec ExécuteTraitement ». Ses étapes 1 et 2 (O est un cMot, RécupèreDéfinition,
// POUR TOUT sur Def.Procédure), puis chaque méthode appelée par son nom sur O ; la classe
// et ses méthodes sont les nôtres (la page stockée est coupée avant sa partie
// ExécuteTraitement : la forme ExécuteTraitement(O, "Nom", paramètres...) et son erreur
// sont INFERRED, docs/builtins.md "Dynamic compilation"). Def.FamilleDéfinition et Def.Type
// (étape 1) étaient refusés : la famille est numérotée dans l'ordre de la liste de
// ?1000019540 (3, une classe : INFERRED), le type est celui de TypeVar (wlInstance, 37).
cBase est une Classe
    m_sNom est une chaîne
FIN
cMot est une Classe
    hérite de cBase
    m_nCompte est un entier
FIN
O est un cMot    // Instanciation de la classe cMot
O.m_sNom = "mot"
Def est une Définition
Def = RécupèreDéfinition(O)
Trace(Def..Nom)
Trace(Def.FamilleDéfinition)
Trace(Def.Type)
// expect: cMot
// expect: 3
// expect: 37
Proc est une Description de Procédure
POUR TOUT Proc DE Def.Procédure
    Trace(Proc.Nom + " : " + ExécuteTraitement(O, Proc.Nom, 2))
FIN
// expect: Bonjour : bonjour mot
// expect: Ajoute : 2
// expect: Décrit : mot 4
Trace(ExécuteTraitement(O, "AJOUTE", 3), ExécuteTraitement(O, "decrit", 0))   // casse et accents
// expect: 5, mot 5
Trace(ExécuteTraitement(O, "Bonjour"))   // une méthode de l'ancêtre
// expect: bonjour mot
ExécuteTraitement(O, "Retire", 1)   // expect error: ExécuteTraitement: the class cMot has no method 'Retire'.

PROCÉDURE cBase::Bonjour(n = 0)
RENVOYER "bonjour " + :m_sNom

PROCÉDURE cMot::Ajoute(n)
:m_nCompte += n
RENVOYER :m_nCompte

PROCÉDURE cMot::Décrit(n)
RENVOYER :m_sNom + " " + (:m_nCompte + n)
