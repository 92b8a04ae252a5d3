// Two Variants holding Durations: % gives a Duration, as between declared Durations
// (it gave 600000, the remainder of their milliseconds).
vTotal is Variant = 90 min
vSlot is Variant = 20 min
Trace(vTotal % vSlot) // expect: 10 min
Trace(vTotal % vSlot + 2) // expect: 10 min 2 ms
duTotal is Duration = 90 min
duSlot is Duration = 20 min
Trace(duTotal % duSlot) // expect: 10 min
vA is Variant = 7
vB is Variant = 3
Trace(vA % vB + 1) // expect: 2
