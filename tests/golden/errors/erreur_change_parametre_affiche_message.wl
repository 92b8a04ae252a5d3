// ErreurChangeParamètre(epAfficheMessage [, affiche]) est accepté (il arrêtait le
// programme). Sans fenêtre, le message de l'erreur va sur stderr, sauf si le second
// paramètre vaut Faux, et le code continue, ErreurDétectée à Vrai.
Trace(Silencieux())
// expect: continue, 1
// expect: fini
Trace(Affiché())
// expect stderr: fLoadText: cannot read '/inexistant/wlinterp/b.txt': No such file or directory.
// expect: affiché continue, 1
// expect: fini

PROCÉDURE Silencieux()
ErreurChangeParamètre(epAfficheMessage, Faux)
fChargeTexte("/inexistant/wlinterp/a.txt")
Trace("continue", ErreurDétectée)
RENVOYER "fini"

PROCÉDURE Affiché()
ErreurChangeParametre(EPAFFICHEMESSAGE, Vrai)
fChargeTexte("/inexistant/wlinterp/b.txt")
Trace("affiché continue", ErreurDetectee)
RENVOYER "fini"
