// geoPosition, geoDistance, geoAzimut en français (règles INFERRED, pas de page)
a, b sont des geoPosition
a.Latitude = 0
a.Longitude = 0
b.Latitude = 0
b.Longitude = -90
Trace(Arrondi(geoDistance(a, b)), geoAzimut(a, b)) // expect: 10007557, 270
b.Latitude = -45
Trace(geoAzimut(b, b), Arrondi(GEOAZIMUT(a, b)) > 180) // expect: 0, 1
