// An enumeration's associated value may use the constants defined before it, not its own
// later values (the compiler gives them in order). English and French, any case.
Machine is an Enumeration
    Started = Running // error: WL111:15 an enumeration's value may only use the constants defined before it
    Running
    Stopped = "s"
END
TypeAutomate est une énumération
    Poste = Marche // error: WL111:13 an enumeration's value may only use the constants defined before it
    Marche
    Arrêté = "a"
FIN
Etats est une ENUMERATION
    Premier = "p"
    Second = Premier
FIN
m is Machine = Running
e est un TypeAutomate = Marche
Trace(m, e, Etats.Second)
