// ternaire "cond ? a SINON b"
nb est un entier = 1
libellé est une chaîne = nb > 1 ? "articles" SINON "article"
Trace(nb + " " + libellé) // expect: 1 article
