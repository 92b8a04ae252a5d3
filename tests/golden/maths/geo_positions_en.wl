// geoPosition, geoDistance, geoAzimuth (issue 8; no stored page: names and rules INFERRED,
// docs/builtins.md "Geographic positions"): great-circle metres, bearing in degrees
paris, lyon are geoPosition
paris.Latitude = 48.8566
paris.Longitude = 2.3522
lyon.Latitude = 45.7640
lyon.Longitude = 4.8357
Trace(Round(geoDistance(paris, lyon) / 1000), Round(geoAzimuth(paris, lyon)), geoDistance(lyon, lyon)) // expect: 391, 151, 0
Trace(Round(geoDistance(lyon, paris) - geoDistance(paris, lyon), 6), Round(geoAzimuth(lyon, paris))) // expect: 0, 332
origin, east, north are geoPosition
east.Longitude = 90
north.Latitude = 10
Trace(geoAzimuth(origin, east), geoAzimuth(origin, north), Round(geoDistance(origin, east))) // expect: 90, 0, 10007557
east.Altitude = 1200
Trace(east.Altitude, Round(geoDistance(origin, east))) // expect: 1200, 10007557
