// tableau associatif: valeurs par clé, ..Existe
tAge est un tableau associatif de entiers
tAge["Paul"] = 31
tAge["Anne"] = 28
SI tAge["Anne"]..Existe ALORS Trace("Anne a " + tAge["Anne"] + " ans") // expect: Anne a 28 ans
Trace(tAge..Occurrence) // expect: 2
