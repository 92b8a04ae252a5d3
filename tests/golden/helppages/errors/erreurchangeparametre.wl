// Page d'aide ErreurChangeParamètre ?3034009 : son exemple écrit avec les noms français
// (la fonction était inconnue). La connexion ne peut pas s'ouvrir ici : la procédure
// s'arrête en renvoyant Faux, comme le dit son commentaire ; puis epCode et
// ErreurRestaureParamètre sur un fichier qui n'existe pas (docs/builtins.md).
Trace(InitialiseConnexion())
// expect: 0
// epRenvoyer « valide les erreurs » (epRenvoyerErreur les propage à l'appelant)
Trace(ErreurDétectée)
// expect: 0
Trace(ChargeOuDéfaut("/inexistant/wlinterp/reglages.ini"))
// expect: (pas de réglages)
Trace(ChargeParCode("/inexistant/wlinterp/reglages.ini"))
// expect: testée par le code : 1
Trace(ChargeRestauré("/inexistant/wlinterp/reglages.ini"))
// expect: (restauré)

// Initialise la connexion à la base HFSQL Client/Serveur
// Renvoie Vrai si tout s'est bien passé, Faux sinon
PROCÉDURE InitialiseConnexion()
// En cas d'erreur, on sort en renvoyant Faux
ErreurChangeParamètre(epRenvoyer, Faux)
// Description de la connexion
HDécritConnexion("Connexion", "utilisateur", "mot de passe", ...
	"serveur", "base de données", hAccèsHFClientServeur)
// Ouverture de la connexion
HOuvreConnexion("Connexion")
// OK
RENVOYER Vrai

PROCÉDURE ChargeOuDéfaut(sFichier est une chaîne)
ErreurChangeParamètre(epRenvoyer, "(pas de réglages)")
RENVOYER fChargeTexte(sFichier)

PROCÉDURE ChargeParCode(sFichier est une chaîne)
ErreurChangeParamètre(epCode)
fChargeTexte(sFichier)
RENVOYER "testée par le code : " + ErreurDétectée
CAS ERREUR:
RENVOYER "CAS ERREUR"

PROCÉDURE ChargeRestauré(sFichier est une chaîne)
ErreurChangeParamètre(epRenvoyer, "(restauré)")
ErreurChangeParamètre(epCode)
ErreurRestaureParamètre()
fChargeTexte(sFichier)
RENVOYER "pas atteint"
