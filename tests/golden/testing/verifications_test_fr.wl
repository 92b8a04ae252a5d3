// Les fonctions Test* des tests automatiques, en français (aucune page stockée :
// docs/testing.md, INFERRED).
TestSurErreur(Entendu)
Trace(TestVérifie(1 + 1 = 2), TestVérifieEgalité(2 + 2, 4), TestVérifieDifférence("a", "b"))   // expect: 1, 1, 1
Trace(TestVérifieVrai(Vrai), TestVérifieFaux(Faux), TestVérifieNull(Null), TestVérifieNonNull(0))   // expect: 1, 1, 1, 1
// expect: entendu : somme
Trace(TestVerifieEgalite(2 + 2, 5, "somme"))   // expect: 0
// expect: entendu : arrêt
TestErreur("arrêt")
Trace(TestAjouteItération(1, 1))   // expect: 1

PROCÉDURE Entendu(message)
Trace("entendu : " + message)
