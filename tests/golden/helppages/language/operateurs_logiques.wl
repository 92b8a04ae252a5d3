// Page d'aide "Opérateurs logiques" (doc.pcsoft.fr ?1512003) : son exemple, les rubriques
// Client.Ville et Client.Civilité remplacées par des variables, puis ses Règles et ses
// opérateurs optimisés (_ET_, _OU_, DANS, _DANS_), chacun tracé.
Ville est une chaîne = "Montpellier"
Civilité est une chaîne = "Monsieur"
HommeMontpellier, MontpellierLyon sont des entiers
SI Ville = "Montpellier" ET Civilité = "Monsieur" ALORS
        HommeMontpellier ++        // Nombre d'hommes habitant à Montpellier
FIN
SI Ville = "Montpellier" OU Ville = "Lyon" ALORS
        MontpellierLyon ++        // Nombre de clients habitant soit à Montpellier,
                                // soit à Lyon
FIN
Trace(HommeMontpellier, MontpellierLyon) // expect: 1, 1
// Règles
Trace(Vrai ET Vrai)             // expect: 1
Trace(Vrai ET Faux)             // expect: 0
Trace(Vrai OU Vrai)             // expect: 1
Trace(Vrai OU Faux)             // expect: 1
Trace(PAS Vrai)                 // expect: 0
// _ET_ : si la première partie est fausse, la suite n'est pas évaluée
n est un entier = 0
Appels est un entier
SI n <> 0 _ET_ 10 / n > 1 ALORS Trace("divisé") SINON Trace("non évalué") // expect: non évalué
// _OU_ : si la première partie est vraie, la suite n'est pas évaluée
SI n = 0 _OU_ 10 / n > 1 ALORS Trace("non évalué") // expect: non évalué
// DANS : combinaison de OU et '=' ; toutes les expressions de la liste sont évaluées
SI Ville DANS ("Paris", Noté("DANS"), "Montpellier") ALORS Trace("DANS") // expect: DANS
Trace(Appels)                   // expect: 1
// _DANS_ : évaluées de gauche à droite, arrêt dès qu'une expression remplit la condition
SI Ville _DANS_ ("Montpellier", Noté("_DANS_")) ALORS Trace("_DANS_") // expect: _DANS_
Trace(Appels)                   // expect: 1
SI PAS Ville _DANS_ ("Paris", "Lyon") ALORS Trace("ni Paris ni Lyon") // expect: ni Paris ni Lyon

PROCÉDURE Noté(s est une chaîne)
Appels++
RENVOYER s
