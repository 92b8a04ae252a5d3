// Charact and Asc convert between characters and codes
Trace(Charact(65)) // expect: A
Trace(Asc("a")) // expect: 97
Trace(Asc("")) // expect: 0
Trace(Charact(233)) // expect: é
Trace(Asc(Charact(8364))) // expect: 8364
