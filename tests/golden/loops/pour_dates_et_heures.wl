// Une boucle POUR sur une Date, une Heure ou une DateHeure avance comme `d = d + pas`
// (des jours pour une Date, une Durée pour une Heure ou une DateHeure) et se compare à
// la borne comme `d <= fin` : elle collait le compteur et le pas en texte, et une
// boucle sur des heures ne finissait pas. L'opposé d'une Durée est une Durée.
d est une Date
POUR d = "20240227" À "20240301"
	Trace(d)
FIN
// expect: 20240227
// expect: 20240228
// expect: 20240229
// expect: 20240301
pour d = "20240103" a "20240101" pas -1
	trace(d)
fin
// expect: 20240103
// expect: 20240102
// expect: 20240101
h est une Heure
créneau est une Durée = 30 min
POUR h = "0800" À "0930" PAS créneau
	Trace(h..Heure, h..Minute)
FIN
// expect: 8, 0
// expect: 8, 30
// expect: 9, 0
// expect: 9, 30
POUR h = "1000" À "0900" PAS -créneau
	Trace(h..Heure, h..Minute)
FIN
// expect: 10, 0
// expect: 9, 30
// expect: 9, 0
dh est une DateHeure
POUR dh = "20241231230000" À "20250101010000" PAS 1 h
	Trace(dh..Année, dh..Heure)
FIN
// expect: 2024, 23
// expect: 2025, 0
// expect: 2025, 1
recul est une Durée = -créneau
Trace(recul..EnMinutes) // expect: -30
