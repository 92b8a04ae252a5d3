// A constant and a built-in whose names fold alike: signalClosed's French name
// signalFermé and the function SignalFerme (SignalClose), threadArrêté and ThreadArrête,
// signalManual / signalManuel and the type SignalManuel. Written alone the name is the
// constant; called, the function; after IS, the type (docs/builtins.md "Names that fold
// alike"). From the winch project of the corpus (tests/realcode/README.md).
Trace(signalClosed, signalOpened)   // expect: 0, 1
Trace(signalFermé, SIGNALFERME, signalferme)   // expect: 0, 0, 0
Trace(threadArrêté = threadStopped, ThreadArrete = 3)   // expect: 1, 1
Trace(signalAutomatic, signalManual, SignalAutomatique, signalManuel)   // expect: 0, 1, 0, 1
SignalCreate("gate", signalManual)
SignalModify("gate", signalOpened)
Trace(SignalWait("gate", 0), SignalWait("gate", 0))   // expect: 1, 1
SignalFerme("gate")
SignalModify("gate", signalFermé)
Trace(SignalWait("gate", 1))   // expect: 0
SignalCreate("once", signalAutomatic, signalOpened)
Trace(SignalWait("once", 0), SignalWait("once", 1))   // expect: 1, 0
m is ManualSignal
SignalOpen(m)
Trace(SignalWait(m, 0), SignalWait(m, 0))   // expect: 1, 1
