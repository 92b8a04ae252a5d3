// Une méthode appelée sur un variant vide (jamais affecté, mis à Null, `<- Null`) donne
// ce que donne la fonction pour la même valeur : `v.Taille()` vaut 0 comme Taille(v)
// (docs/semantics.md "Methods on an empty variant").
v est un Variant
Trace(Mesure2(v))   // expect: 0
Trace(v.Taille(), Taille(v), v.taille(), v.Length())   // expect: 0, 0, 0, 0
Trace("[" + v.Majuscule() + "]", "[" + v.MINUSCULE() + "]", "[" + v.SansEspace() + "]")   // expect: [], [], []
Trace(v.Taille = Null)   // expect: 1
Trace(v.a.b.Taille())   // expect: 0
w est un Variant = "abc"
w = Null
Trace(w.Taille(), "[" + w.Majuscule() + "]")   // expect: 0, []
r est un Variant <- Null
Trace(r.Taille(), r.Taille() = Taille(r))   // expect: 0, 1
Trace(Mesure(Null))   // expect: 0
v = "bonjour"
Trace(v.Taille(), v.Majuscule())   // expect: 7, BONJOUR
// une méthode dont le nom seul ne prend pas de valeur (Today) est celle de la date
vJour est un variant
QUAND EXCEPTION DANS
	Trace(vJour.VersJour())
FAIRE
	Trace(ExceptionInfo())   // expect: VersJour: the date is empty.
FIN
Trace(r.PasUneFonction())   // expect error: Unknown method 'PasUneFonction' for a value of type Null

PROCÉDURE Mesure(p)
RENVOYER p.Taille()

PROCEDURE Mesure2(p est un Variant)
RENVOYER p.taille()
