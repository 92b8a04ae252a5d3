// SI c ALORS a ; b sans FIN : chaque action après ALORS (et après SINON) appartient à sa
// branche ; la fin de la ligne ferme le SI (docs/semantics.md, "One-line IF with ';'")
Vérifie(0)
Vérifie(7)
Vérifie(-2)
PROCÉDURE Vérifie(n est un entier)
SI n = 0 ALORS Trace("zéro") ; RETOUR
SI n > 5 ALORS Trace("grand") ; Trace("vraiment") SINON Trace("petit") ; Trace("ou négatif")
SI n < 0 ALORS Trace("négatif") ; Trace("arrêt")
SINON Trace("positif") ; Trace("on continue")
si n > 0 alors si n > 6 alors trace("plus de six") ; trace("toujours plus de six")
SI n = 7 ALORS Trace("encore sept")
SINON Trace("pas sept") ; Trace("toujours pas sept")
Si n = 7 Alors Trace("sept") ;
Trace("après " + n)
// expect: zéro
// expect: grand
// expect: vraiment
// expect: positif
// expect: on continue
// expect: plus de six
// expect: toujours plus de six
// expect: encore sept
// expect: sept
// expect: après 7
// expect: petit
// expect: ou négatif
// expect: négatif
// expect: arrêt
// expect: pas sept
// expect: toujours pas sept
// expect: après -2
