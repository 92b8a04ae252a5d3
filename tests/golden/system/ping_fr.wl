// Ping (?3014013) en français : Faux et ErreurInfo quand l'adresse ne se résout pas
Trace(Ping("machine.invalid"), ErreurDétectée, Position(ErreurInfo(), "machine.invalid") > 0) // expect: 0, 1, 1
d est une Durée = 250
Trace(PING("machine.invalid", d), ErreurDétectée) // expect: 0, 1
