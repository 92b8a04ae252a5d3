// `o est CClasse` (?6010013) qui ne nomme aucune classe du programme : WL110
CAnimal est une Classe
FIN
pAnimal est un CAnimal dynamique = allouer un CAnimal
SI pAnimal est CChat ALORS Trace("chat") // error: WL110:12 'CChat' is not a class of the program (`o is CClass` tests the class of the object o holds): the test is always False
