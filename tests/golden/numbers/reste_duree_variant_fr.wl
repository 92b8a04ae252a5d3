// Deux Variants contenant des Durées : % donne une Durée, comme entre Durées déclarées
// (il donnait 600000, le reste de leurs millisecondes).
vTotal est un Variant = 90 min
vCréneau est un variant = 20 MIN
Trace(vTotal % vCreneau) // expect: 10 min
Trace(vTotal % vCréneau + 2) // expect: 10 min 2 ms
duTotal est une Durée = 90 min
duCréneau est une Duree = 20 min
Trace(duTotal % duCréneau) // expect: 10 min
vA est un Variant = 7
vB est un Variant = 3
Trace(vA % vB + 1) // expect: 2
