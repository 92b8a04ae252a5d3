// Aide 1000024879 : le type Thread en français.
gReçu est un booléen
t est un Thread(Travail, ("Premier paramètre", 2))
ThreadExécute(t)
// expect: Premier paramètre 2
Trace(ThreadAttend(t, 500))   // expect: 1
Trace(t.Etat = threadTerminé)   // expect: 1
u est un Thread(SansParamètre)
u.Nom = "second"
ThreadExécute(u)
// expect: sans paramètre
ThreadAttend(u, 500)
Trace(u.Nom)   // expect: second
v est un Thread = ThreadExécute(Travail, ("v", 3))
// expect: v 3
Trace(v.Attend(500))   // expect: 1
s est un Thread(Attente)
s.Exécute()
ThreadEnvoieSignal(s)
Trace(ThreadAttend(s, 500), gReçu)   // expect: 1, 1

PROCÉDURE Travail(p1, p2 est un entier)
Trace(p1 + " " + p2)

PROCÉDURE SansParamètre()
Trace("sans paramètre")

PROCÉDURE Attente()
gReçu = ThreadAttendSignal(500)
