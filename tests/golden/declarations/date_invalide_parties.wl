// une Date qui contient des chiffres ne désignant aucun jour reste telle quelle et
// DateValide renvoie Faux ; lire ou changer une de ses parties, ou lui ajouter des jours,
// est une erreur WLangage qui cite la valeur (décidé : docs/semantics.md)
d est une Date = "20231345"
Trace(d, DateValide(d)) // expect: 20231345, 0
QUAND EXCEPTION DANS
    Trace(d..Mois)
FAIRE
    Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): it has no Mois.
FIN
QUAND EXCEPTION DANS
    d..Jour = 3
FAIRE
    Trace(ExceptionInfo()) // expect: The Date "20231345" is not a valid date (DateValid gives False for it): its Jour cannot be changed.
FIN
d = "20240131"
Trace(d..Mois, d + 1) // expect: 1, 20240201
d = "bonjour"
QUAND EXCEPTION DANS
    Trace(d..Jour)
FAIRE
    Trace(ExceptionInfo()) // expect: The Date "bonjour" is not a valid date (DateValid gives False for it): it has no Jour.
FIN
d = "٢٠٢٤٠١٠١"
Trace(DateValide(d)) // expect: 0
d = "20240132"
Trace(d + 2) // expect error: The Date "20240132" is not a valid date (DateValid gives False for it): days cannot be added to it or taken from it.
