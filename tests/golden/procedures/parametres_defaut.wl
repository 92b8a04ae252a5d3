// paramètres optionnels avec valeur par défaut
Trace(Prix(100)) // expect: 120
Trace(Prix(100, 5.5)) // expect: 105.5

PROCÉDURE Prix(ht, taux = 20)
RENVOYER ht * (1 + taux / 100)
