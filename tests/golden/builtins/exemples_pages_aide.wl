// Résultats donnés par les pages d'aide de PC SOFT (faits seulement ; identifiants des pages
// doc.windev.com) : NumériqueVersChaîne ?3024024, Arrondi ?3050063, NuméroDeSemaine ?3027027,
// DateVersNuméroDeSemaine ?3027011, <Date>.VersNuméroDeSemaine ?1000024160, opérateurs ?1512001
Trace("[" + NumériqueVersChaîne(123) + "]", "[" + NumériqueVersChaîne(1.23) + "]") // expect: [123], [1.23]
Trace("[" + NumériqueVersChaîne(12345.5, "+10.2f") + "]") // expect: [ +12345.50]
Trace("[" + NumériqueVersChaîne(12345.5, "-+10.2f") + "]") // expect: [+12345.50 ]
Trace("[" + NumériqueVersChaîne(12345.5, "+010.2f") + "]") // expect: [+012345.50]
Trace("[" + NumériqueVersChaîne(12345.5, "010.2f") + "]") // expect: [0012345.50]
Trace("[" + NumériqueVersChaîne(12345.5, "10.2fS") + "]") // expect: [ 12 345.50]
Trace("[" + NumériqueVersChaîne(12345.5, "10,2fS") + "]") // expect: [ 12 345,50]
Trace(NumériqueVersChaîne(123, "05d")) // expect: 00123
Trace(Arrondi(-16.238167, 2)) // expect: -16.24
Trace(NuméroDeSemaine("20010818"), NuméroDeSemaine("20010210")) // expect: 33, 6
Trace(NuméroDeSemaine("20081223"), NuméroDeSemaine("20081229"), NuméroDeSemaine("20100101"), NuméroDeSemaine("20100104")) // expect: 52, 53, 0, 1
Trace(NuméroDeSemaine("20010818", iso8601), NuméroDeSemaine("20010210", iso8601)) // expect: 33, 6
Trace(NuméroDeSemaine("20081223", iso8601), NuméroDeSemaine("20081229", iso8601), NuméroDeSemaine("20100101", iso8601), NuméroDeSemaine("20100104", iso8601)) // expect: 52, 1, 53, 1
Trace(DateVersNuméroDeSemaine("20011225")) // expect: 52
d est une Date = "20011225"
Trace(d.VersNuméroDeSemaine()) // expect: 52
Text est une chaîne = "San Francisco"
Trace(Text[[5]], Text[[5 À 10]], Text[[5 TO]], Text[[À 10]], Text[[10 SUR 4]]) // expect: F, Franci, Francisco, San Franci, isco
SI Text [= "San" ALORS Trace(Text + " et New York") // expect: San Francisco et New York
