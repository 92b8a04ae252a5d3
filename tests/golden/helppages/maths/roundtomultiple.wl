// Help page "RoundToMultiple (Function)" (help.windev.com ?1410088706, In french:
// ArrondiAuMultiple): its four examples, with a Trace of each stated result; and the
// Round page's example (?3050063), as written (ResRound is not declared on the page).
Trace(RoundToMultiple(10, 9)) // expect: 9
// returns 9
Trace(RoundToMultiple(-10, -3)) // expect: -9
// Returns -9
Trace(RoundToMultiple(1.3, 0.2)) // expect: 1.4
// Returns 1.4
Trace(RoundToMultiple(2.64, 0.25)) // expect: 2.75
// Returns 2.75
// Retrieve the rounded value of -16.238167
ResRound = Round(-16.238167, 2)
// Returns -16.24
Trace(ResRound) // expect: -16.24
Trace(RoundToMultiple(5, 0)) // expect error: cannot be 0
