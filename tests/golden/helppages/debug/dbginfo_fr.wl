// dbgInfo avec les noms français (dbgElément, dbgTraitement) : même décision que
// dbginfo.wl (docs/builtins.md "dbgInfo").
Trace(dbgInfo(dbgElément)) // expect: dbginfo_fr
Trace(dbgInfo(dbgTraitement)) // expect: dbginfo_fr
AfficheTraitement()
// expect: AfficheTraitement
o est un CTraceur
o.Affiche()
// expect: CTraceur::Affiche
Trace(dbgInfo(dbgElement) = dbgInfo(dbgTraitement)) // expect: 1

CTraceur est une Classe
FIN

PROCÉDURE CTraceur::Affiche()
Trace(dbgInfo(dbgTraitement))

PROCÉDURE AfficheTraitement()
Trace(DBGINFO(DBGTRAITEMENT))
