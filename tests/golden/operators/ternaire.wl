// l'opérateur ternaire : cond ? a SINON b
c est un entier = 3
Trace(c > 5 ? "grand" SINON "petit") // expect: petit
