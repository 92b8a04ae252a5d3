// Page d'aide "Milliseconde (Propriété)" (?2512062, lue en anglais sur help.windev.com) :
// son exemple sur une variable, avec les noms français. Le commentaire de la page dit que
// la date heure "correspond à 200112311230300" ; le format qu'elle rappelle est
// AAAAMMJJHHmmSSCCC : "200112311230250" est 12:30:25, plus 50 ms font 12:30:25,050
// (décision : docs/builtins.md, "Millisecond").
HeureDébut est une DateHeure = "200112311230250"
// Ajouter 50 millisecondes
HeureDébut.Milliseconde += 50
Trace(HeureDébut.Milliseconde)         // expect: 50
Trace(HeureDébut)                      // expect: 20011231123025050
// Modifie le nombre de millisecondes
HeureDébut.Milliseconde = 50
Trace(HeureDébut..Milliseconde)        // expect: 50
HeureDébut.Milliseconde += 990
Trace(HeureDébut)                      // expect: 20011231123026040
HeureDeb est une Heure = "12302500"
HeureDeb.Milliseconde += 50
Trace(HeureDeb.Milliseconde)           // expect: 50
Tâche est une Durée = 1 s
Tâche.Milliseconde += 250
Trace(Tâche.EnMillisecondes)           // expect: 1250
Tâche.Milliseconde = 999
Trace(Tâche.Milliseconde, Tâche.Seconde) // expect: 999, 1
