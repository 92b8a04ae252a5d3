// Page d'aide ErreurPropage ?3034015, son « Cas particulier » avec les noms français : la
// gestion automatique des erreurs non fatales (CAS ERREUR:, ErreurChangeParamètre) ne se
// déclenche pas sur un appel que le code teste : `SI PAS <fonction> ALORS`, ou suivi de
// `SI ErreurDétectée = Vrai ALORS` (les deux passaient dans CAS ERREUR:).
Trace(TestéParSiPas())
// expect: testé par SI PAS
// expect: fin
Trace(TestéParErreurDétectée())
// expect: testé par ErreurDétectée
// expect: fin
Trace(NonTesté())
// expect: CAS ERREUR

PROCÉDURE TestéParSiPas()
SI PAS fSupprime("/inexistant/wlinterp/a.txt") ALORS Trace("testé par SI PAS")
RENVOYER "fin"
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE TestéParErreurDétectée()
fSupprime("/inexistant/wlinterp/b.txt")
SI ErreurDétectée = Vrai ALORS Trace("testé par ErreurDétectée")
RENVOYER "fin"
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE NonTesté()
fSupprime("/inexistant/wlinterp/c.txt")
RENVOYER "pas atteint"
CAS ERREUR:
RENVOYER "CAS ERREUR"
