// Une Heure renvoyée par une procédure déclarée `: Heure` garde son genre quand elle va
// droit à TableauAjoute, à la méthode Ajoute d'un tableau ou au paramètre non typé d'une
// méthode, comme une variable Heure (docs/semantics.md "A Time returned by a
// procedure") : dans un tableau de DateHeure, c'est cette heure aujourd'hui.
CAgenda est une Classe
    m_n est un entier
FIN
tabA est un tableau de DateHeure
TableauAjoute(tabA, Créneau())
tabA.Ajoute(Créneau())
Trace(tabA[1]..Heure, tabA[2]..Minute, tabA[1]..Date = DateSys()) // expect: 14, 30, 1
tabV est un tableau de Variant
TableauAjoute(tabV, Créneau())
Trace(TypeVar(tabV[1]) = wlHeure, tabV[1]..Heure) // expect: 1, 14
o est un CAgenda
o.Montre(Créneau())
// expect: 1, 14
TableauAjoute(tabA, o.Créneau())
Trace(tabA[3]..Heure, tabA[3]..Minute) // expect: 9, 15
dhSuivant est une DateHeure = o.Créneau()
vSuivant est un Variant = o.Créneau()
Trace(dhSuivant..Heure, dhSuivant..Date = DateSys(), TypeVar(vSuivant) = wlHeure) // expect: 9, 1, 1
PROCÉDURE Créneau() : Heure
RENVOYER "1430"
PROCÉDURE CAgenda::Créneau() : Heure
RENVOYER "0915"
PROCÉDURE CAgenda::Montre(x)
Trace(TypeVar(x) = wlHeure, x..Heure)
