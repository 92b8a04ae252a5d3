// Une constante et une fonction ou un type dont les noms se confondent sans accents ni
// casse : signalFermé et SignalFerme, threadArrêté et ThreadArrête, signalManuel et le
// type SignalManuel. Écrit seul, le nom est la constante ; appelé, la fonction ; après
// EST, le type (docs/builtins.md "Names that fold alike"). D'après le projet de treuil
// du corpus (tests/realcode/README.md).
Trace(signalFermé, signalOuvert)   // expect: 0, 1
Trace(SIGNALFERME, signalferme)   // expect: 0, 0
Trace(threadArrêté = 3, THREADARRETE = threadStopped)   // expect: 1, 1
Trace(signalAutomatique, signalManuel)   // expect: 0, 1
SignalCrée("porte", signalManuel)
SignalModifie("porte", signalOuvert)
Trace(SignalAttend("porte", 0), SignalAttend("porte", 0))   // expect: 1, 1
SignalFerme("porte")
Trace(SignalAttend("porte", 1))   // expect: 0
SignalModifie("porte", signalOuvert)
SignalModifie("porte", signalFermé)
Trace(SignalAttend("porte", 1))   // expect: 0
SignalCrée("une fois", signalAutomatique, signalOuvert)
Trace(SignalAttend("une fois", 0), SignalAttend("une fois", 1))   // expect: 1, 0
m est un SignalManuel
SignalOuvre(m)
Trace(SignalAttend(m, 0), SignalAttend(m, 0))   // expect: 1, 1
a est un SignalAutomatique
SignalOuvre(a)
Trace(SignalAttend(a, 0), SignalAttend(a, 1))   // expect: 1, 0
