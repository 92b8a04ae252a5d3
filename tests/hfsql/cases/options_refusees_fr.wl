// Les options des fonctions de lecture, d'écriture et de blocage sont les bits de
// eHPARSEMODE de HFConstant.h (hBlocageNon 0x8 à hLimiteParcours 0x200000) : un nombre
// portant un autre bit est refusé en clair (il était ignoré) ; les options nommées,
// seules ou combinées, marchent toujours
HRAZ(Customer)
Customer.Name = "Anna"
Customer.Email = "anna@exemple.fr"
Trace(HAjoute(Customer, hDéfaut), HAjoute(Customer, 4), Position(HErreurInfo(), "HAjoute: 4 is not") = 1)   // expect: 1, 0, 1
Trace(HNbEnr(Customer))                                          // expect: 1
Trace(HLitPremier(Customer, Name, hBlocageNon), Customer.Name)   // expect: 1, Anna
Trace(HLitRecherchePremier(Customer, Name, "An", hGénérique + hBlocageEcriture), Customer.Name)   // expect: 1, Anna
// une étourderie : la valeur à la place des options
Trace(HLitRecherchePremier(Customer, Name, "Anna", 3), Position(HErreurInfo(), "HLitRecherchePremier: 3 is not") = 1)   // expect: 0, 1
Trace(HLitPremier(Customer, Name, -1), HErreur() <> 0)           // expect: 0, 1
Customer.City = "Lyon"
Trace(HModifie(Customer, hNumEnrEnCours, 0x400000), HModifie(Customer, hNumEnrEnCours, hSansRafraîchir))   // expect: 0, 1
Trace(HBloqueFichier(Customer, 1), HBloqueFichier(Customer, hBlocageEcriture), HDébloqueFichier(Customer))   // expect: 0, 1, 1
Trace(HEcrit(Customer, hNumEnrEnCours, 2), HEcrit(Customer, hNumEnrEnCours, hEcritureDéfaut))   // expect: 0, 1
// le mode d'une requête aussi (eHQUERYMODE) : hRequêteDéfaut et les modes nommés s'exécutent, un autre nombre est refusé
REQ est une Source de Données
Trace(HExécuteRequêteSQL(REQ, hRequêteDéfaut, "SELECT Name FROM Customer"), HNbEnr(REQ))   // expect: 1, 1
Trace(HExécuteRequêteSQL(REQ, hSansBind + hRequêteSansCorrection, "SELECT Name FROM Customer"), HNbEnr(REQ))   // expect: 1, 1
Trace(HExécuteRequêteSQL(REQ, 1, "SELECT Name FROM Customer"), Position(HErreurInfo(), "HExécuteRequêteSQL: 1 is not a combination of a query's modes") = 1)   // expect: 0, 1
Trace(HPrépareRequêteSQL(REQ, 0x80, "SELECT Name FROM Customer"), HErreur() <> 0)   // expect: 0, 1
// les options de l'import de texte et de l'export XML aussi (eHIMPORTMODE, eHEXPORTMODE)
sXml est une chaîne = fFichierTemp()
Trace(HExporteXML(Customer, sXml, hExpCréation + hExpSansXSL), HExporteXML(Customer, sXml, 16), Position(HErreurInfo(), "HExporteXML: 16 is not") = 1)   // expect: 1, 0, 1
Trace(HExporteXML(Customer, sXml, "Name", 0x100), HErreur() <> 0)   // expect: 0, 1
Trace(HImporteTexte(Customer, sXml, "Name", ";", 0x10000), Position(HErreurInfo(), "HImporteTexte: 65536 is not") = 1)   // expect: 0, 1
fSupprime(sXml)
// les états de HNbEnr : un nombre qui tient un autre bit, ou un texte, comptait les
// enregistrements actifs ou aucun, sans un mot
Trace(HNbEnr(Customer, hEtatActif + hEtatRayé) >= 0, HNbEnr(Customer, 16), Position(HErreurInfo(), "HNbEnr: 16 is not") = 1)   // expect: 1, -1, 1
Trace(HNbEnr(Customer, "actif"), ErreurDétectée)   // expect: -1, 1
