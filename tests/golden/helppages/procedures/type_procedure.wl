// Type Procédure ?1000018907 : l'exemple de la page (p = MaProcédure, puis p(5), équivalent
// de MaProcédure(5)) ; la page ne dit pas ce que MaProcédure fait : la nôtre trace son
// paramètre. Puis la propriété ..Nom (INFERRED de la propriété Nom d'une Description de
// procédure ?1000019317, docs/semantics.md) : le nom de la procédure que p contient (elle
// était refusée : "has no property").
p est une procédure
// Affectation de la variable Procédure avec la procédure "MaProcédure" présente dans le projet
p = MaProcédure
// Exécution de la procédure
p(5) // expect: MaProcédure 5
// Equivalent de MaProcédure(5)
Trace(p..Nom) // expect: MaProcédure
p += AutreProcédure
Trace(p..Nom) // expect: MaProcédure
q est une procédure = (x) => x + 1
Trace(q..Nom = "", q(1)) // expect: 1, 2
PROCÉDURE MaProcédure(n)
Trace("MaProcédure " + n)
PROCÉDURE AutreProcédure(n)
Trace("AutreProcédure " + n)
