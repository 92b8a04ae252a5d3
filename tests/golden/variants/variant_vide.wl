// Un variant vide, ou un membre JSON jamais écrit, n'a pas de sous-éléments.
v est un Variant
Trace(v..Occurrence, v..Vide)   // expect: 0, 1
POUR TOUT m DE v..Membre
    Trace(m..Nom)
FIN
w est un Variant = JSONVersVariant("{""a"": [1, 2]}")
POUR TOUT x DE w.absent
    Trace(x)
FIN
POUR TOUT ÉLÉMENT x DE w.a
    Trace(x)
FIN
// expect: 1
// expect: 2
Trace(w.absent..Occurrence, w.a..Occurrence)   // expect: 0, 2
