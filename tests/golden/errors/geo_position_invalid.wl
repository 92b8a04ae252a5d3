// a latitude beyond 90 degrees is a fatal error naming the property (decided)
p is geoPosition
p.Longitude = -180
Trace(p.Longitude) // expect: -180
p.Latitude = 91 // expect error: Latitude must be between -90 and 90 degrees
