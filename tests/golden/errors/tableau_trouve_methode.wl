// t.Trouve(v) : aucune fonction Tableau ne s'appelle ainsi ; l'erreur dit ce que le
// WLangage écrit (wlinterp/semantics/other_names.py)
t est un tableau de entiers = [4, 7]
Trace(t.Cherche(tcLinéaire, 7), t.Contient(7)) // expect: 2, 1
Trace(t.Trouve(7)) // expect error: un tableau se parcourt avec Cherche : t.Cherche(tcLinéaire, valeur)
