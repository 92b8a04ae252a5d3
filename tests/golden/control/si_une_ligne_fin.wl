// SI c ALORS action FIN sur une ligne, actions séparées par ';'
Vérifie(Vrai)
Vérifie(Faux)
PROCÉDURE Vérifie(b est un booléen)
SI b ALORS Trace("vrai") ; RETOUR FIN
SI PAS b ALORS Trace("faux") SINON Trace("jamais") FIN
si pas b alors trace("un") ; trace("deux") ; fin
Trace("fin")
// expect: vrai
// expect: faux
// expect: un
// expect: deux
// expect: fin
