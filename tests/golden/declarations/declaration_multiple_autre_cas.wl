// `(x, y) est une chaîne = P()` après le `:` d'AUTRE CAS s'exécute comme après celui de
// CAS 1 (docs/semantics.md "Multiple declaration") ; c'était "unexpected 'is'" : AUTRE
// est lu comme un nom avant son CAS, la ligne ne comptait pas comme une branche.
SELON 3
    CAS 1 : Trace(1)
    AUTRE CAS : (x, y) est une chaîne = P()
        Trace(x + y) // expect: 78
FIN
SELON 1
    CAS 1 : Trace("un") // expect: un
    AUTRE CAS : (a, b) sont des entiers = P()
        Trace(a + b)
FIN

PROCÉDURE P()
RENVOYER ("7", 8)
