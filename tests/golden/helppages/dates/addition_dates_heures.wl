// Page d'aide "Opérations disponibles sur les dates, heures, dateheures et durées"
// (?1514040) : son tableau des additions, chaque paire de types tracée. Deux valeurs
// Date, Heure ou DateHeure additionnées donnent leurs textes concaténés ; une Durée
// ajoutée à l'une d'elles donne ce type (une Date ignore la partie heure), deux Durées une
// Durée. Heure + Heure, Heure + DateHeure, DateHeure + Heure et DateHeure + DateHeure
// additionnaient leurs chiffres comme des heures.
MaDate est une Date = "20240101"
MonHeure est une Heure = "1030"
MaDateHeure est une DateHeure = "20240101103000"
MaDurée est une Durée = 2 h
Trace(MaDate + MaDate) // expect: 2024010120240101
Trace(MaDate + MonHeure) // expect: 2024010110300000
Trace(MaDate + MaDateHeure) // expect: 2024010120240101103000000
Trace(MaDate + MaDurée) // expect: 20240101
Trace(MonHeure + MaDate) // expect: 1030000020240101
Trace(MonHeure + MonHeure) // expect: 1030000010300000
Trace(MonHeure + MaDateHeure) // expect: 1030000020240101103000000
Trace(MonHeure + MaDurée) // expect: 12300000
Trace(MaDateHeure + MaDate) // expect: 2024010110300000020240101
Trace(MaDateHeure + MonHeure) // expect: 2024010110300000010300000
Trace(MaDateHeure + MaDateHeure) // expect: 2024010110300000020240101103000000
Trace(MaDateHeure + MaDurée) // expect: 20240101123000000
Trace(MaDurée + MaDate) // expect: 20240101
Trace(MaDurée + MonHeure) // expect: 12300000
Trace(MaDurée + MaDateHeure) // expect: 20240101123000000
Trace((MaDurée + MaDurée)..EnHeures) // expect: 4
// Une Date et une Heure concaténées : le texte que lit DateHeureDifférence
Trace(DateHeureDifférence(MaDate + MonHeure, "202401011230")) // expect: +000000002000000
vHeure est un Variant = MonHeure
Trace(MaDateHeure + vHeure) // expect: 2024010110300000010300000
// L'exemple de la page : une conférence de deux heures plus une Heure de 3 h 30
DébutDateHeure est une DateHeure = "200112051530"
FinDateHeure est une DateHeure = "200112051730"
DuréeConférence est une Durée = FinDateHeure - DébutDateHeure
HeureSupplémentaire est une Heure = "0330"
Trace((DuréeConférence + HeureSupplémentaire)) // expect: 05300000
// ...et la dernière ligne de la page telle quelle : l'Heure rangée dans une DateHeure
// est cette heure-là aujourd'hui (INFERRED ; elle se lisait comme l'année 0530)
DateHeureFinale est une DateHeure
DateHeureFinale = DuréeConférence + HeureSupplémentaire
Trace(DateHeureFinale..Heure, DateHeureFinale..Minute) // expect: 5, 30
Trace(DateHeureFinale..Date = DateSys()) // expect: 1
