// PROCÉDURE GLOBALE / PROCEDURE PRIVATE: the modifier is accepted and has no effect here
P()
Q(2)
PROCÉDURE GLOBALE P()
Trace("globale") // expect: globale
PROCEDURE PRIVATE Q(n)
Trace(n * 2) // expect: 4
