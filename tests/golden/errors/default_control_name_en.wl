// A name the IDE gives a new control (a type word and a number: Gauge1, Button2), declared
// nowhere, is a control: the run stops where it is used, saying what the name is
Trace("before") // expect: before
Amount1 = 3 // wl: ignore[WL101]
Trace(Amount1) // wl: ignore[WL101] // expect: 3
Gauge1..Value = Amount1 // expect error: control Gauge1: not available outside the IDE
