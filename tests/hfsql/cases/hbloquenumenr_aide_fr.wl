// HBloqueNumEnr ?3044152, <Source>.BloqueNumEnr ?1000024197 et <Source>.DébloqueNumEnr
// ?1000024212 (jumeau français écrit d'après les pages anglaises) : HDébloqueNumEnr()
// sans paramètre était refusé ; il débloque l'enregistrement en cours du dernier
// fichier de données utilisé.
HRAZ(Customer)
Customer.Name = "A"
HAjoute(Customer)
HLitPremier(Customer)
// Bloque un enregistrement du fichier de données Client
Trace(HBloqueNumEnr(Customer, hNumEnrEnCours, hBlocageLectureEcriture)) // expect: 1
// Traitement sur l'enregistrement
// Rétablit l'accès à l'enregistrement
Trace(HDébloqueNumEnr())                                          // expect: 1
Trace(Customer.BloqueNumEnr(hNumEnrEnCours, hBlocageLectureEcriture)) // expect: 1
Customer.City = "Lyon"
HModifie(Customer)
Trace(Customer.DébloqueNumEnr(hNumEnrEnCours))                    // expect: 1
Trace(HBloqueNumEnr(), HDébloqueNumEnr(), Customer.DébloqueNumEnr()) // expect: 1, 1, 1
