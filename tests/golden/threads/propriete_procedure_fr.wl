// `v.Procédure = P` nomme P, une procédure sans paramètre, pour une variable d'un type
// du WLangage (un Thread, une TâcheParallèle, une Description de TâcheParallèle) : P n'y
// est pas appelée (elle l'était, et la variable « ne décrivait aucune procédure »).
t est un Thread
t.Procédure = Travail
Trace("décrit")   // expect: décrit
ThreadExécute(t)
ThreadAttend(t)
// expect: travail
p est une TâcheParallèle
p.Procédure = Calcul
Trace(TâcheParallèleAttend(p.Exécute()))   // expect: 1
d est une Description de TâcheParallèle
d.Procédure = Calcul
q est une TâcheParallèle = TâcheParallèleExécute(d)
TâcheParallèleAttend(q)
Trace(q.ValeurRenvoyée)   // expect: 42

PROCÉDURE Travail()
Trace("travail")
PROCÉDURE Calcul()
RENVOYER 42
