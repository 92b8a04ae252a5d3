// Une condition de HFiltre à moitié écrite (un opérateur sans rien après, un ET final,
// une valeur sans opérateur, une rubrique seule, une parenthèse non fermée) est l'erreur
// de HFiltre : il renvoie "", HErreur() est positionné, rien n'est envoyé à la base, et
// les lectures qui suivent voient tous les enregistrements. Il renvoyait la clé et
// HErreur() 0, et la lecture suivante échouait avec les mots de la base ("near ')':
// syntax error"). Décidé, INFERRED : docs/hfsql.md "Filters".
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAjoute(Customer)
Customer.Name = "Martin"
Customer.City = "Lyon"
HAjoute(Customer)
Trace("[" + HFiltre(Customer, "City = ") + "]", HErreur() <> 0, ErreurDétectée)   // expect: [], 1, 1
Trace(Position(HErreurInfo(), "operator") > 0)                                     // expect: 1
Trace(HLitPremier(Customer, Name), Customer.Name, ErreurDétectée)                 // expect: 1, Dupont, 0
Trace("[" + HFiltre(Customer, "City = 'Paris' ET") + "]")                          // expect: []
Trace("[" + HFiltre(Customer, "City 'Paris'") + "]")                                // expect: []
Trace("[" + HFiltre(Customer, "City") + "]")                                        // expect: []
Trace("[" + HFiltre(Customer, "(City = 'Paris'") + "]")                             // expect: []
Trace("[" + HFiltre(Customer, "City = 'Paris')") + "]")                             // expect: []
Trace("[" + HFiltre(Customer, "Name = 'Dupont' OU OU City = 'Lyon'") + "]")         // expect: []
// les conditions entières filtrent toujours
Trace(HFiltre(Customer, "PAS (City = 'Paris') ET Name <> 'X'"))                    // expect: City
POUR TOUT Customer
	Trace(Customer.Name)                                                            // expect: Martin
FIN
HDésactiveFiltre(Customer)
Trace(HFiltre(Customer, "Name PAS COMME 'M%' OU City ENTRE 'A' ET 'K'"))           // expect: Name
POUR TOUT Customer
	Trace(Customer.Name)                                                            // expect: Dupont
FIN
HDésactiveFiltre(Customer)
// un opérande entre parenthèses est un opérande (refusé depuis la vérification ci-dessus : HErreur 70800)
Trace(HFiltre(Customer, "(City) = 'Paris' ET ((Name)) <> ('Martin') ET (Name) <> 'X'"), ErreurDétectée)   // expect: City, 0
POUR TOUT Customer
	Trace(Customer.Name)                                                            // expect: Dupont
FIN
HDésactiveFiltre(Customer)
Trace(HFiltre(Customer, "(Name) = 'Martin'"))                                      // expect: Name
POUR TOUT Customer
	Trace(Customer.Name)                                                            // expect: Martin
FIN
HDésactiveFiltre(Customer)
// toujours incomplet : un opérande seul, des conditions comparées, une condition laissée ouverte dedans
Trace("[" + HFiltre(Customer, "(City)") + "]")                                         // expect: []
Trace("[" + HFiltre(Customer, "(City = 'Paris') = 'Lyon'") + "]")                     // expect: []
Trace("[" + HFiltre(Customer, "(City = 'Paris' ET Name) = 'X'") + "]")                // expect: []
// une valeur après le cinquième paramètre arrête l'exécution, comme trop de valeurs pour toute fonction
Trace(HFiltre(Customer, Name, "A", "K", "City = 'Paris'", "une de plus"))
// expect error: HFiltre expects 2 to 5 parameter(s) but received 6.
