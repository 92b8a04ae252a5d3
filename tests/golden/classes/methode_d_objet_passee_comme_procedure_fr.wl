// La méthode d'un autre objet nommée `o.Méthode` là où une procédure est attendue (une
// variable déclarée `est une procédure`, un paramètre déclaré ainsi) est une référence à
// cette méthode liée à o, comme `:Méthode` l'est à l'objet courant : l'appeler exécute la
// méthode sur o, trouvée dans la classe propre de o comme `o.Méthode()` (INFERRED,
// docs/semantics.md "Routines named without parentheses"). C'était l'appel `o.Méthode()`
// sans argument : "Affiche expects 1 parameter(s) but received 0", et l'exécution s'arrêtait.
CSalueur est une Classe
	nom est une chaîne
FIN
CFort est une Classe
	hérite de CSalueur
FIN
CBureau est une Classe
	salueur est un CSalueur
FIN

a est un CSalueur
a.nom = "Ana"
p est une procédure = a.Affiche
p("bonjour") // expect: Ana dit bonjour
Lance(a.Affiche) // expect: Ana dit lance
Lance(a.Remet)
Trace(a.nom) // expect: (lance)
d est un CSalueur dynamique = nouveau CFort
d.nom = "Bob"
Lance(d.Affiche) // expect: BOB DIT LANCE
bureau est un CBureau
bureau.salueur.nom = "Cyr"
q est une procédure = bureau.salueur.Affiche
q("salut") // expect: Cyr dit salut

PROCÉDURE Lance(pp est une procédure)
pp("lance")
PROCÉDURE CSalueur::Affiche(s est une chaîne)
Trace(:nom + " dit " + s)
PROCÉDURE CSalueur::Remet(s est une chaîne)
:nom = "(" + s + ")"
PROCÉDURE CFort::Affiche(s est une chaîne)
Trace(Majuscule(:nom + " dit " + s))
