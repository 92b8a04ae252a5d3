// RENVOYER seul quitte la procédure sans valeur (comme RETOUR)
Trace("[" + P(1) + "]", P(0)) // expect: [], 5
PROCÉDURE P(x)
SI x = 1 ALORS
    RENVOYER
FIN
RENVOYER 5
