// Un Variant qui tient une Heure, une Date ou une DateHeure invalide, comparé à une
// valeur de ce type (ou à un autre Variant qui en tient une), compare leurs chiffres,
// comme deux variables déclarées de ce type se comparent : les centièmes d'une Heure
// arrêtaient l'exécution sur un texte qui n'est pas une heure ("'vers dix' is not a
// time."), et les nombres de deux Dates invalides étaient une erreur Python. Une Heure
// valide se compare toujours par son rang dans la journée.
// Décidé (INFERRED) : docs/semantics.md "A Time compared with a number".
h est une Heure = "vers dix"
h2 est une Heure = "vers dix"
v est un Variant = h
Trace(h = h2, v = h, h = v, v <> h, v < h, v > h)      // expect: 1, 1, 1, 0, 0, 0
autre est une Heure = "vers onze"
Trace(h < autre, v < autre, autre > v, v = autre)      // expect: 1, 1, 1, 0
hFausse est une Heure = "25:99:99"
vFausse est un Variant = hFausse
Trace(vFausse = hFausse, vFausse > h)                  // expect: 1, 0
d est une Date = "vers dix"
d2 est une Date = "vers dix"
vd est un Variant = d
wd est un Variant = d2
Trace(vd = wd, vd = d)                                 // expect: 1, 1
dh est une DateHeure = "vers dix"
vdh est un Variant = dh
wdh est un Variant = dh
Trace(vdh = wdh, vdh = dh)                             // expect: 1, 1
// une Heure valide : par son rang dans la journée
neuf est une Heure = "0900"
vNeuf est un Variant = neuf
dix est une Heure = "10:00"
Trace(vNeuf = neuf, vNeuf < dix, vNeuf > dix)          // expect: 1, 1, 0
