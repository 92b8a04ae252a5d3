// dbgSurErreur, dbgErreur, dbgSortieStandard (INFERRED, docs/testing.md)
dbgSurErreur(Entendu)
// expect: entendu : pas vide
dbgVérifieFaux(Vrai, "pas vide")
// expect: entendu : explicite
dbgErreur("explicite")
dbgSortieStandard("sortie")   // expect: sortie

PROCÉDURE Entendu(commentaire)
Trace("entendu : " + commentaire)
