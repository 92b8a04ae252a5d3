// `v..Type` d'une Durée, d'une Date, d'une Heure ou d'une DateHeure : la constante de TypeVar
du est une Durée = 90 s
d est une Date = "20240101"
h est une Heure = "1230"
Trace(du..Type = TypeVar(du), du..TYPE = wlDurée) // expect: 1, 1
Trace(d..type = TypeVar(d), h..Type = TypeVar(h)) // expect: 1, 1
Trace(du..Minute, d..Année) // expect: 1, 2024
