// Help page "Ceiling (Function)" (French page doc.pcsoft.fr ?1000019396, ArrondiSupérieur):
// its example with the English names and a Trace of each stated result.
ResRound = Ceiling(-16.238167, 2) // Returns -16.23
Trace(ResRound) // expect: -16.23
ResRound = Ceiling(3.1) // Returns 4 (no decimals)
Trace(ResRound) // expect: 4
ResRound = Ceiling(3.111, 2) // Returns 3.12
Trace(ResRound) // expect: 3.12
ResRound = Ceiling(1.9) // Returns 2
Trace(ResRound) // expect: 2
ResRound = Ceiling(-1.9) // Returns -1
Trace(ResRound) // expect: -1
// Rounding a Duration
ResRoundDuration is Duration
ResRoundDuration = Ceiling(13 min, 5 min) // Returns 15 min (0001500000)
Trace(ResRoundDuration.InMinutes) // expect: 15
// Rounding a DateTime
dtMyDateTime is DateTime = "202211041524"
Trace("dtMyDateTime: " + dtMyDateTime) // expect: dtMyDateTime: 20221104152400000
Trace("Ceiling: " + Ceiling(dtMyDateTime, 7 min)) // expect: Ceiling: 20221104153100000
