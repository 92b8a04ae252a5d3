// Page d'aide "Variant (Type de variable)" (?1514019), "Type Variant et NULL" : ses tests
// écrits en français, chaque `SI ... ALORS` traçant le résultat annoncé en commentaire.
nVal est un entier
SI nVal = Null ALORS Trace("Vrai") SINON Trace("Faux") // le test renvoie Vrai car nVal=0
// expect: Vrai
nVal = 5
SI nVal = Null ALORS Trace("Vrai") SINON Trace("Faux") // le test renvoie Faux car nVal=5
// expect: Faux
vVal est un Variant
SI vVal = Null ALORS Trace("Vrai") SINON Trace("Faux") // renvoie Vrai car aucune valeur n'a été affectée au variant
// expect: Vrai
vVal = 0
SI vVal = Null ALORS Trace("Vrai") SINON Trace("Faux") // renvoie Faux car le variant a été affecté à 0
// expect: Faux
vVal = 5
SI vVal = Null ALORS Trace("Vrai") SINON Trace("Faux") // renvoie Faux car le variant a été affecté à 5
// expect: Faux
vVal2 est un Variant
vVal2 = Null
SI vVal2 = 0 ALORS Trace("Vrai") SINON Trace("Faux") // renvoie Vrai
// expect: Vrai
