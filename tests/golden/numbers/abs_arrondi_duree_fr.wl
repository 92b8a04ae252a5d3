// Abs et Arrondi d'une Durée donnent une Durée (ils s'arrêtaient : "Abs expects a number,
// not a value of type duration"). Arrondi compte ses millisecondes.
hDébut est une Heure = "1030"
hFin est une Heure = "0900"
Trace(Abs(hFin - hDébut)) // expect: 1 h 30 min
duCourse est une Durée = 1 h 20 min 30 s 600 ms
Trace(Arrondi(duCourse, -3), ARRONDI(-2 s 400 ms, -3)) // expect: 1 h 20 min 31 s, -2 s
