// `du.VersChaîne()` sans masque est le texte de la Durée, tel que Trace et l'affectation à
// une chaîne le montrent (l'exécution s'arrêtait : "DurationToString expects 2
// parameter(s)") ; avec un masque c'est DuréeVersChaîne. DuréeVersChaîne exige son masque
// (syntaxe de ?3027007).
DuréeTâche est une Durée = 3 Min 30s
Trace(DuréeTâche.VersChaîne())                  // expect: 3 min 30 s
Trace(DuréeTâche.VersChaîne("MM:SS"))           // expect: 03:30
Retard est une Durée = -90 s
Trace(Retard.VersChaîne())                      // expect: -1 min 30 s
v est un Variant = DuréeTâche
Trace(v.VersChaine())                           // expect: 3 min 30 s
sTexte est une chaîne = DuréeTâche
Trace(sTexte = DuréeTâche.VersChaîne())         // expect: 1
Trace(DuréeVersChaîne(DuréeTâche)) // expect error: DuréeVersChaîne expects 2 parameter(s) but received 1.
