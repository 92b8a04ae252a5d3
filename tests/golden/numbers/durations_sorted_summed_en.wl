// Durations sort by their length (ArraySort: its text put "2 h" before "30 min"), sum
// and average into a Duration (Sum, Mean: it was their milliseconds) and compare with a
// text read as a Duration reads it (the readable "1 h 30 min", "1h", "90min", the help's
// "+DHHMMSSCCC", ?1514069): the texts' characters were compared ("1 h 30 min" < "1h").
// Decided: docs/semantics.md "Durations sorted, summed, compared with a text".
arrSteps is array of Duration = [2 h, 30 min, 1 h]
ArraySort(arrSteps)
Trace(arrSteps[1], arrSteps[2], arrSteps[3]) // expect: 30 min, 1 h, 2 h
ArraySort(arrSteps, asDescending)
Trace(arrSteps[1], arrSteps[3]) // expect: 2 h, 30 min
Trace(Sum(arrSteps), arrSteps.Sum(), Mean(arrSteps)) // expect: 3 h 30 min, 3 h 30 min, 1 h 10 min
Trace(Sum(90 s, 30 s), TypeVar(Sum(arrSteps)) = wlDuration) // expect: 2 min, 1
arrNone is array of Duration
Trace(Sum(arrNone)) // expect: 0 s
duTrip is Duration = 90 min
Trace(duTrip > "1h", duTrip = "1 h 30 min", "2h" > duTrip, duTrip = "+00013000000") // expect: 1, 1, 1, 1
vLimit is Variant = "2 h"
Trace(duTrip < vLimit, duTrip IN ("1h", "90min")) // expect: 1, 1
Trace(duTrip < "soon") // expect error: 'soon' is not a duration.
