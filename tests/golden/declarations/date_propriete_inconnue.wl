// une propriété qu'une Date, une Heure ou une DateHeure n'a pas : l'erreur nomme le type
// déclaré (la valeur est gardée en texte : elle disait « A string has no property ») ;
// les parties des pages Jour (?2512043) et Mois (?2512052) se lisent toujours
d est une Date = "20011225"
Trace(d.Jour, d..Mois, d..Année) // expect: 25, 12, 2001
QUAND EXCEPTION DANS
    Trace(d..JourSemaine) // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: A Date has no property 'JourSemaine'.
FIN
QUAND EXCEPTION DANS
    Trace(d.JourSemaine) // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: A Date has no property 'JourSemaine'.
FIN
h est une Heure = "10300000"
QUAND EXCEPTION DANS
    Trace(h..Jour) // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: A Time has no property 'Jour'.
FIN
dh est une DateHeure = "20011225103000000"
QUAND EXCEPTION DANS
    Trace(dh..Semaine) // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: A DateTime has no property 'Semaine'.
FIN
