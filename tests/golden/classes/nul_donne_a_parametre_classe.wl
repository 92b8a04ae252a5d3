// Null passé à un paramètre déclaré d'une classe (non dynamique) y est Null : le
// paramètre ne désigne aucun objet, comme `o est un CClasse = NULL` en déclare un
// (?6010002) ; utiliser un de ses membres arrête l'exécution en nommant le paramètre
cNœud est une Classe
    m_sNom est une chaîne
FIN
n est un cNœud
n.m_sNom = "racine"
Décrit(n) // expect: racine
Décrit(NULL) // expect: aucun nœud
Copie(Null) // expect: aucune copie
QUAND EXCEPTION DANS
    NomDe(Null)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: pNœud is Null: no cNœud object to use 'm_sNom' on (it was given Null).
FIN
Trace(NomDe(n)) // expect: racine
PROCÉDURE Décrit(pNœud est un cNœud)
SI pNœud = Null ALORS
    Trace("aucun nœud")
SINON
    Trace(pNœud.m_sNom)
FIN
PROCÉDURE Copie(LOCAL pNœud est un cNœud)
SI pNœud = Null ALORS Trace("aucune copie")
PROCÉDURE NomDe(pNœud est un cNœud)
RENVOYER pNœud.m_sNom
